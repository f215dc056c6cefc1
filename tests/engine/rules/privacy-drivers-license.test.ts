import { describe, expect, it } from "vitest"

import rule from "~/engine/rules/privacy-drivers-license"

import { describeRuleCases, findingsOf } from "./rule-cases"

describeRuleCases(rule)

function flagged(text: string): string[] {
  return findingsOf(rule, { text }).map((finding) => text.slice(finding.start ?? 0, finding.end ?? 0))
}

describe("privacy-drivers-license", () => {
  it("catches a California number after a loose label", () => {
    expect(flagged("Found: a license, D4829173, in the lobby.")).toEqual(["D4829173"])
    expect(flagged("California ID card A1234567 turned in at the counter.")).toEqual(["A1234567"])
  })

  it("catches other states' formats after an explicit driver's licence label", () => {
    expect(flagged("He had a Washington driver's license WDLABC123XY in his wallet.")).toEqual(["WDLABC123XY"])
    expect(flagged("Texas DL number: 12345678")).toEqual(["12345678"])
  })

  it("does not read a plate after 'license' as a licence number", () => {
    expect(flagged("Vehicle: gray Ford F-150, CA license 6FGH219.")).toEqual([])
  })

  it("needs a label: a bare letter and seven digits is not enough", () => {
    expect(flagged("Evidence item B2400123 was logged.")).toEqual([])
  })

  it("leaves licence suspensions and checkpoints alone", () => {
    expect(flagged("Drivers face license suspension and fines. DL checkpoint results: 3 arrests.")).toEqual([])
  })

  it("blocks with the 321.5(b) citation", () => {
    const [finding] = findingsOf(rule, { text: "CA DL D4829173" })
    expect(finding.severity).toBe("block")
    expect(finding.citation.clause).toBe("321.5(b)")
  })
})

describe("privacy-drivers-license: identifiers that are not licences", () => {
  it("leaves evidence and case IDs in the same format alone", () => {
    expect(flagged("Evidence ID B2400123 and case id A1234567 were logged.")).toEqual([])
  })

  it("still catches a state ID card number", () => {
    expect(flagged("A California ID A1234567 was found in the stolen purse.")).toEqual(["A1234567"])
  })
})
