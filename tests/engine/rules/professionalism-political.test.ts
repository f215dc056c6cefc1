import { describe, expect, it } from "vitest"

import rule from "~/engine/rules/professionalism-political"

import { describeRuleCases, findingsOf } from "./rule-cases"

describeRuleCases(rule)

const flagged = (text: string) => findingsOf(rule, { text }).map((finding) => finding.excerpt)

describe("professionalism-political", () => {
  it("flags a reminder to punish officials at the polls", () => {
    expect(flagged("Just saying. 🤷‍♂️ Remember that in November.")).toEqual(["Remember that in November"])
  })

  it("flags a campaign hashtag", () => {
    expect(flagged("Retail theft is out of control. #RecallTheDA")).toEqual(["#RecallTheDA"])
  })

  it("leaves a community contest vote alone", () => {
    expect(flagged("Vote for Officer Ruiz in the chili cook-off! Vote for your favorite K9 name in the comments.")).toEqual([])
  })

  it("leaves a neutral explanation of a ballot measure's effect alone", () => {
    expect(flagged("Under Prop 47, thefts under $950 are generally misdemeanors. Report every theft anyway.")).toEqual([])
  })

  it("leaves a councilmember's visit to an event alone", () => {
    expect(flagged("Thanks to Mayor Tenessa Audette and City Council members for joining us at National Night Out!")).toEqual(
      []
    )
  })

  it("leaves lane directions alone", () => {
    expect(flagged("Thanks to the drivers who moved to the left lane for the officers on the shoulder.")).toEqual([])
  })

  it("blocks with the 321.5(d) citation", () => {
    const [finding] = findingsOf(rule, { text: "Vote no on Measure C." })
    expect(finding.severity).toBe("block")
    expect(finding.citation.clause).toBe("321.5(d)")
  })
})

describe("professionalism-political: thanks and re-election", () => {
  it("leaves sincere thanks to legislators of both parties alone", () => {
    expect(flagged("Thanks to the Democrats and Republicans in our delegation who toured the Crisis Response Unit.")).toEqual([])
  })

  it("flags thanks used as blame", () => {
    expect(flagged("Thanks to the liberals in Sacramento, thieves walk free.")).toEqual(["liberals"])
  })

  it("flags a call to re-elect an official", () => {
    expect(flagged("Congressman Reyes has our backs. Let's make sure he's re-elected next month!")).toEqual([
      "make sure he's re-elected"
    ])
  })
})

describe("professionalism-political: neutral mentions", () => {
  it("leaves election and fire-safety hashtags alone", () => {
    expect(flagged("Polls close at 8 p.m. #ElectionDay #VoteEarly #FireSafety")).toEqual([])
  })

  it("leaves thanks to a party club for a donation alone", () => {
    expect(flagged("Thank you to the Shasta County Republican Women for supporting our K9 fund!")).toEqual([])
  })
})

describe("professionalism-political: campaigning in other words", () => {
  it("flags endorsing a candidate for an office", () => {
    expect(flagged("Our Chief is endorsing Mike Castillo for Shasta County Sheriff.")).toEqual(["endorsing Mike Castillo for Shasta County Sheriff"])
  })

  it("flags a bare 'vote no' right after a measure is named", () => {
    expect(flagged("Measure A is a disaster for public safety. Vote NO and tell your neighbors.")).toEqual(["Vote NO"])
  })

  it("leaves alone 'vote' without a measure and a voter registration drive", () => {
    expect(flagged("Vote centers are open until 8 p.m. Drive safely near the polls.")).toEqual([])
    expect(flagged("The Elections Office holds a voter registration drive at the library on Saturday.")).toEqual([])
  })

  it("flags remembering officials' names at the ballot and party hashtags", () => {
    expect(flagged("The Board of Supervisors cut our budget again. Remember their names when you fill out your ballot.")).toEqual([
      "Remember their names when you fill out your ballot"
    ])
    expect(flagged("Another repeat offender back on the street. #VoteRed")).toEqual(["#VoteRed"])
  })
})

describe("professionalism-political: party votes and election reminders", () => {
  it("flags telling people to vote for a party", () => {
    expect(flagged("If you support the police, you'll vote Republican this year.")).toEqual(["vote Republican"])
  })

  it("flags telling people to remember an official at the next election", () => {
    expect(flagged("Councilmember Tenney voted against our patrol cars. Let him know how you feel at the next election.")).toEqual([
      "Let him know how you feel at the next election"
    ])
  })
})
