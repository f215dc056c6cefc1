import { describe, expect, it } from "vitest"

import { reddingPack } from "~/engine/packs/redding"
import rule from "~/engine/rules/privacy-phone"

import { describeRuleCases, findingsOf } from "./rule-cases"

describeRuleCases(rule)

function flagged(text: string): string[] {
  return findingsOf(rule, { text }).map((finding) => text.slice(finding.start ?? 0, finding.end ?? 0))
}

describe("privacy-phone", () => {
  it("recognises the agency's own line in any format, compared by digits", () => {
    expect(flagged("Call 530-225-4200 or 530.225.4201 or +1 530 225 4200.")).toEqual([])
  })

  it("flags each number of a list on its own", () => {
    expect(flagged("Reach the owners at 530-555-0110, 530-555-0123 or (530) 555-0199.")).toEqual([
      "530-555-0110",
      "530-555-0123",
      "(530) 555-0199"
    ])
  })

  it("flags a seven-digit number introduced by call or text", () => {
    expect(flagged("Lost cat, answers to Milo. Text me at 555-0147 if you see him.")).toEqual(["555-0147"])
  })

  it("flags an international number written with a plus", () => {
    expect(flagged("The victim's sister in London can be reached on +44 20 7946 0958.")).toEqual(["+44 20 7946 0958"])
  })

  it("leaves case numbers, report numbers, dates and plates alone", () => {
    expect(
      flagged("Case #24-031207, report 2024-118734, on 11/03/2024 at 10:45 p.m., CA plate 7KRT482, VIN 1HGCM82633A004352.")
    ).toEqual([])
  })

  it("needs a phone word before ten bare digits", () => {
    expect(flagged("Invoice 5302254999 for patrol bikes was paid.")).toEqual([])
    expect(flagged("Her number is 5305550147.")).toEqual(["5305550147"])
  })

  it("still flags a private number when an agency is named in the same sentence", () => {
    expect(flagged("The Sheriff's Office says the owner's cell is 530-555-0133.")).toEqual(["530-555-0133"])
  })

  it("respects extra official lines a pack lists", () => {
    const pack = { ...reddingPack, officialPhones: [...reddingPack.officialPhones, "530-555-0150"] }
    expect(findingsOf(rule, { text: "Call our records desk at (530) 555-0150." }, pack)).toEqual([])
  })

  it("blocks, cites the City's personal-information clause and explains", () => {
    const [finding] = findingsOf(rule, { text: "Text Brittany at 530-555-0147." })
    expect(finding.severity).toBe("block")
    expect(finding.citation.clause).toBe("Content Guideline: personal information")
    expect(finding.message).toContain("530-555-0147")
  })
})

describe("privacy-phone: whose line it is", () => {
  it("leaves an organisation's line alone when the sentence before names the organisation", () => {
    expect(flagged("He's safe with Haven Humane Society. Call them at (530) 241-1653 if he's yours.")).toEqual([])
  })

  it("flags a private person named right before the number, even after an organisation", () => {
    expect(flagged("Thanks to the Shasta Rescue team. Text Melanie at 530-555-0112 to adopt.")).toEqual(["530-555-0112"])
  })

  it("leaves an officer's desk line alone", () => {
    expect(flagged("Anyone with information can contact Det. Sarah Lyons at (530) 225-4310.")).toEqual([])
  })
})

describe("privacy-phone: the agency's other lines", () => {
  it("reads 'call us at' as one of the department's own lines", () => {
    expect(flagged("Questions about the academy? Call us at (530) 225-4370.")).toEqual([])
  })

  it("does not take a program's name for a private person's", () => {
    expect(flagged("Anonymous tips: Shasta County Secret Witness, 530-243-2319.")).toEqual([])
  })

  it("does not read a range of times as a number", () => {
    expect(flagged("Call between 830-1130 on weekdays.")).toEqual([])
  })
})

describe("privacy-phone: speed", () => {
  it("stays fast on a long draft full of numbers", () => {
    const text = "Call Jenny at 555-0119 or +44 20 7946 0958. ".repeat(1400)
    const started = performance.now()
    findingsOf(rule, { text })
    expect(performance.now() - started).toBeLessThan(500)
  })
})
