import { describe, expect, it } from "vitest"

import rule from "~/engine/rules/commerce-endorsement"

import { describeRuleCases, findingsOf } from "./rule-cases"

describeRuleCases(rule)

const flagged = (text: string) => findingsOf(rule, { text }).map((finding) => finding.excerpt)

describe("commerce-endorsement", () => {
  it("flags superlative praise of a towing company", () => {
    expect(flagged("Broke down on I-5? Call Big Bill's Towing, fastest trucks in Shasta County.")).toEqual([
      "fastest trucks in Shasta County"
    ])
  })

  it("leaves a recommendation of a safety habit alone even when a price appears elsewhere", () => {
    expect(flagged("Thieves stole $2,400 in tools last week. We recommend engraving your tools.")).toEqual([])
  })

  it("leaves an event hosted at a local business alone", () => {
    expect(flagged("Coffee with a Cop is Saturday, 8-10 a.m., at Riverbend Coffee House. Bring your questions!")).toEqual([])
  })

  it("leaves pride in a partner agency's work alone", () => {
    expect(flagged("Check out their recruitment video: CAL FIRE crews are the best in the north state at what they do.")).toEqual(
      []
    )
  })

  it("cites the City's ban on solicitations of commerce", () => {
    const [finding] = findingsOf(rule, { text: "Our officers swear by the Summit Ridge dog food at Valley Pet Supply." })
    expect(finding.citation.quote).toBe("Solicitations of commerce")
  })
})

describe("commerce-endorsement: salespeople", () => {
  it("flags sending the public to a salesperson", () => {
    expect(flagged("If you're in the market for a truck, go see Mike in fleet sales at Redding Ford.")).toEqual([
      "If you're in the market",
      "go see"
    ])
  })
})

describe("commerce-endorsement: what officers love", () => {
  it("leaves officers loving a friendly wave alone", () => {
    expect(flagged("Our officers love it when you wave! Community policing is a two-way street.")).toEqual([])
  })

  it("flags a shop named as the only one the department trusts", () => {
    expect(flagged("Shasta Auto Glass fixed our windshields. They're the only shop we trust.")).toEqual(["the only shop we"])
  })
})

describe("commerce-endorsement: recommendations of public services", () => {
  it("leaves a recommendation to sign up for emergency alerts alone", () => {
    expect(flagged("We highly recommend residents sign up for CodeRED emergency alerts.")).toEqual([])
  })

  it("leaves an invitation to see Santa at the station alone", () => {
    expect(flagged("Bring the kids and go see Santa at the police station Saturday!")).toEqual([])
  })

  it("flags a recommendation of a named private company", () => {
    expect(flagged("We highly recommend Guardian Home Alarm for your home security.")).toEqual(["We highly recommend"])
  })
})

describe("commerce-endorsement: praising a business's food", () => {
  it("flags praise of a named shop's menu item", () => {
    expect(flagged("Grab a coffee at Theory Coffee Co. this week, their new pumpkin latte is incredible!")).toEqual([
      "their new pumpkin latte is incredible"
    ])
  })

  it("leaves alone an event at a coffee shop that went well", () => {
    expect(flagged("Coffee with a Cop was a success! Thanks to everyone who came out.")).toEqual([])
  })
})
