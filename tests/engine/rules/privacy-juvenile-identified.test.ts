import { describe, expect, it } from "vitest"

import rule from "~/engine/rules/privacy-juvenile-identified"

import { describeRuleCases, findingsOf } from "./rule-cases"

describeRuleCases(rule)

describe("privacy-juvenile-identified", () => {
  it("flags a teen named with a teen descriptor right before the name", () => {
    const text = "A Shasta High sophomore, Lily Tran, was hurt when her bike was struck."
    expect(findingsOf(rule, { text }).map((finding) => text.slice(finding.start ?? 0, finding.end ?? 0))).toEqual(["Lily Tran"])
  })

  it("keeps flagging later mentions of the same juvenile", () => {
    const text = "Officers cited Tyler Ames, 15, for vandalism. Ames was released to his parents."
    expect(findingsOf(rule, { text })).toHaveLength(2)
  })

  it("does not count minor injuries as a minor", () => {
    expect(findingsOf(rule, { text: "Dana Whitfield suffered minor injuries in the collision on Hilltop Drive." })).toEqual([])
  })

  it("does not flag an adult named with an adult age next to a child", () => {
    expect(
      findingsOf(rule, { text: "Kevin Doyle, 38, was arrested after leaving his 4-year-old in a hot car." })
    ).toEqual([])
  })

  it("does not flag officers who work with students", () => {
    expect(
      findingsOf(rule, { text: "School Resource Officer Dan Reyes taught 8th graders at Sequoia Middle School about online safety." })
    ).toEqual([])
  })

  it("blocks with the 321.5(b) citation", () => {
    const [finding] = findingsOf(rule, { text: "Ashley Moreno, 14, was cited for shoplifting." })
    expect(finding.severity).toBe("block")
    expect(finding.citation.clause).toBe("321.5(b)")
  })
})
