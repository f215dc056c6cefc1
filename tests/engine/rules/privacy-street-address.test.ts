import { describe, expect, it } from "vitest"

import rule from "~/engine/rules/privacy-street-address"

import { describeRuleCases, findingsOf } from "./rule-cases"

describeRuleCases(rule)

function flagged(text: string): string[] {
  return findingsOf(rule, { text }).map((finding) => text.slice(finding.start ?? 0, finding.end ?? 0))
}

describe("privacy-street-address", () => {
  it("includes the unit of an apartment", () => {
    expect(flagged("The victim lives at 2250 E 5th Ave, Apt 12 with her kids.")).toEqual(["2250 E 5th Ave, Apt 12"])
  })

  it("flags a home even when a business is named in the same sentence", () => {
    expect(flagged("The suspect followed her from the Walmart parking lot to her home at 918 Hazel Street.")).toEqual([
      "918 Hazel Street"
    ])
  })

  it("flags addresses written in capitals", () => {
    expect(flagged("RESIDENCE: 77 SUNNYSIDE LN")).toEqual(["77 SUNNYSIDE LN"])
  })

  it("suggests the block as the fix", () => {
    const [finding] = findingsOf(rule, { text: "A home at 1462 Pinion Ridge Court was burglarized." })
    expect(finding.fix).toBe('Give the block instead: "the 1400 block of Pinion Ridge Court".')
    expect(finding.severity).toBe("block")
  })

  it("leaves years, routes and counts alone", () => {
    expect(
      flagged(
        "Join the 2024 Main Street Festival. In 2023 Market Street saw 12 crashes. Crash on Highway 299 West. 5 Tips For Your Drive Home. Room 104 Court Way is closed."
      )
    ).toEqual([])
  })

  it("leaves a department event at a public place alone", () => {
    expect(flagged("National Night Out is Tuesday at Caldwell Park, 56 Quartz Hill Rd. Join us!")).toEqual([])
  })

  it("still reads 'residents' invited to a public place as public", () => {
    expect(flagged("All residents are invited to City Hall, 777 Cypress Ave, for the town hall.")).toEqual([])
  })

  it("stays fast on a long draft of numbers and capitalised words", () => {
    const text = "12 Big Red Old Bright Fast Cars ".repeat(2000)
    const started = performance.now()
    findingsOf(rule, { text })
    expect(performance.now() - started).toBeLessThan(200)
  })
})

describe("privacy-street-address: what is not a house", () => {
  it("reads a day after a month as a date, not a house number", () => {
    expect(flagged("Big break in the Oct. 3 Eureka Way shooting and the March 12 Court Street fire.")).toEqual([])
  })

  it("flags a department member's family home too (the safety rule also reports it)", () => {
    expect(flagged("Officer Kyle Brandt's father passed away. The family lives at 2250 Larkspur Lane.")).toEqual([
      "2250 Larkspur Lane"
    ])
  })

  it("still flags a victim's home in a post that names an officer", () => {
    expect(flagged("Officer Reyes found the victim inside her home at 2250 Larkspur Lane.")).toEqual(["2250 Larkspur Lane"])
  })
})

describe("privacy-street-address: the agency inviting people in", () => {
  it("reads 'stop by' and 'our' as the agency's own public address", () => {
    expect(flagged("Questions? Stop by our front counter at 1313 California St, 8-5 weekdays.")).toEqual([])
  })

  it("still flags 'come by my house'", () => {
    expect(flagged("Come by my house at 12 Elm St tonight.")).toEqual(["12 Elm St"])
  })
})
