import { describe, expect, it } from "vitest"

import rule from "~/engine/rules/profanity-mild"

import { describeRuleCases, findingsOf } from "./rule-cases"

describeRuleCases(rule)

describe("profanity-mild", () => {
  it("warns rather than blocks", () => {
    const [finding] = findingsOf(rule, { text: "Damn, that was close." })
    expect(finding.severity).toBe("warn")
  })

  it("reads digit and symbol swaps", () => {
    expect(findingsOf(rule, { text: "What the h3ll, people. D@mn." })).toHaveLength(2)
  })

  it("leaves Hell's Kitchen and the Hell's Angels alone", () => {
    expect(findingsOf(rule, { text: "Hell's Angels rode through; dinner at Hell's Kitchen." })).toEqual([])
  })

  it("leaves dams, shells and crabs alone", () => {
    expect(findingsOf(rule, { text: "Shasta Dam tours resume; the Shell on Hilltop sells crab." })).toEqual([])
  })
})
