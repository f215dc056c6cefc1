import { describe, expect, it } from "vitest"

import rule from "~/engine/rules/platform-limit"

import { describeRuleCases, findingsOf } from "./rule-cases"

describeRuleCases(rule)

const sentence = "Officers will be at the Redding Library on Thursday to talk about package theft. "

describe("platform-limit", () => {
  it("highlights exactly what X would cut: the text after 280 characters", () => {
    const text = "a".repeat(300)
    const [finding] = findingsOf(rule, { text, platform: "x" })
    expect(finding.start).toBe(280)
    expect(finding.end).toBe(300)
    expect(finding.message).toContain("300")
  })

  it("counts emoji as two on X and never splits one", () => {
    const text = "🚓".repeat(141)
    const [finding] = findingsOf(rule, { text, platform: "x" })
    expect(finding.start).toBe(280)
    expect(text.slice(finding.start ?? 0)).toBe("🚓")
  })

  it("allows exactly 280 on X", () => {
    expect(findingsOf(rule, { text: "a".repeat(280), platform: "x" })).toEqual([])
  })

  it("uses LinkedIn's shorter comment limit for comments", () => {
    const text = sentence.repeat(20)
    expect(findingsOf(rule, { text, platform: "linkedin", surface: "comment" })).toHaveLength(1)
    expect(findingsOf(rule, { text, platform: "linkedin", surface: "post" })).toEqual([])
  })

  it("counts Instagram's caption limit in characters, not UTF-16 units", () => {
    expect(findingsOf(rule, { text: "🚓".repeat(2_200), platform: "instagram", surface: "caption" })).toEqual([])
    const [finding] = findingsOf(rule, { text: "🚓".repeat(2_201), platform: "instagram", surface: "caption" })
    expect(finding.start).toBe(4_400)
  })

  it("flags Facebook posts only beyond 63,206 characters", () => {
    expect(findingsOf(rule, { text: "a".repeat(63_206), platform: "facebook" })).toEqual([])
    expect(findingsOf(rule, { text: "a".repeat(63_207), platform: "facebook" })[0].start).toBe(63_206)
  })

  it("flags more than 30 hashtags on Instagram", () => {
    const tags = Array.from({ length: 32 }, (_, index) => `#tag${index}x`).join(" ")
    const [finding] = findingsOf(rule, { text: `Safety fair today! ${tags}`, platform: "instagram", surface: "caption" })
    expect(finding.excerpt).toBe("#tag30x #tag31x")
  })
})
