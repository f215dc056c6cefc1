import { describe, expect, it } from "vitest"

import rule from "~/engine/rules/privacy-victim-named"

import { describeRuleCases, findingsOf } from "./rule-cases"

describeRuleCases(rule)

describe("privacy-victim-named", () => {
  it("marks every mention of the named victim", () => {
    const text = "The victim, Kayla Brennan, was struck several times. Brennan declined treatment."
    const spans = findingsOf(rule, { text }).map((finding) => text.slice(finding.start ?? 0, finding.end ?? 0))
    expect(spans).toEqual(["Kayla Brennan", "Brennan"])
  })

  it("does not take the suspect the victim told officers about for the victim", () => {
    expect(findingsOf(rule, { text: "The victim told officers John Pratt had threatened her with a knife." })).toEqual([])
  })

  it("does not treat the person who robbed someone as the victim", () => {
    expect(findingsOf(rule, { text: "The man who robbed the Cypress Ave bank was identified as Dwayne Ritter, 44." })).toEqual([])
  })

  it("leaves a person shot by officers to the arrest and use-of-force releases", () => {
    expect(findingsOf(rule, { text: "Marco Esparza, 23, was shot by officers after he fired at them. Esparza was arrested." })).toEqual([])
  })

  it("flags a homeowner named as the victim of a burglary", () => {
    const [finding] = findingsOf(rule, { text: "Gloria Pennington's home on the east side was burglarized Tuesday." })
    expect(finding.severity).toBe("block")
    expect(finding.citation.clause).toBe("321.5(b)")
  })

  it("says why in the message and quotes what made it a victim", () => {
    const [finding] = findingsOf(rule, { text: "The victim, Kayla Brennan, was treated and released." })
    expect(finding.message).toContain("Kayla Brennan")
    expect(finding.message).toContain("victim")
  })
})
