import { describe, expect, it } from "vitest"

import rule from "~/engine/rules/ownership-unlicensed-media"

import { describeRuleCases, findingsOf } from "./rule-cases"

describeRuleCases(rule)

describe("ownership-unlicensed-media", () => {
  it("warns rather than blocks", () => {
    const [finding] = findingsOf(rule, { text: "Found this on Instagram, too good not to share!" })
    expect(finding.severity).toBe("warn")
    expect(finding.citation.clause).toBe("Prohibited content: ownership")
  })

  it("asks the poster to confirm permission or credit the owner", () => {
    const [finding] = findingsOf(rule, { text: "No copyright infringement intended." })
    expect(finding.fix).toMatch(/permission/)
    expect(finding.fix).toMatch(/credit/)
  })

  it("flags a trademarked brand name", () => {
    const [finding] = findingsOf(rule, { text: "Stay cool with a Slurpee® from our friends this summer!" })
    expect(finding.excerpt).toBe("®")
    expect(finding.message).toMatch(/trademark/)
  })

  it("flags a trademark sign that normalisation would otherwise turn into letters", () => {
    const [finding] = findingsOf(rule, { text: "Grab a Frappuccino™ with us at Coffee with a Cop!" })
    expect(finding.excerpt).toBe("™")
  })

  it("leaves a repost that credits the partner agency alone", () => {
    expect(findingsOf(rule, { text: "Repost from @ReddingFire: Red Flag Warning in effect today." })).toEqual([])
  })

  it("leaves a single music note used as decoration alone", () => {
    expect(findingsOf(rule, { text: "Summer concert series starts Friday at Caldwell Park 🎶 Free admission!" })).toEqual([])
  })
})
