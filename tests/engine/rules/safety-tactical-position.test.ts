import { describe, expect, it } from "vitest"

import rule from "~/engine/rules/safety-tactical-position"

import { describeRuleCases, findingsOf } from "./rule-cases"

describeRuleCases(rule)

describe("safety-tactical-position", () => {
  it("flags a perimeter mapped by street names", () => {
    expect(
      findingsOf(rule, { text: "The perimeter runs from Benton Dr to Court St; the man is still inside the house." })
    ).toHaveLength(1)
  })

  it("flags the exits officers are watching", () => {
    const [finding] = findingsOf(rule, { text: "Officers are covering the back door and the garage." })
    expect(finding.excerpt).toBe("Officers are covering the back door")
  })

  it("leaves officers posted at a public event alone", () => {
    expect(
      findingsOf(rule, { text: "Officers are stationed at each entrance to the fairgrounds for the Rodeo to help with parking." })
    ).toEqual([])
  })

  it("flags a description of an unmarked car", () => {
    const [finding] = findingsOf(rule, { text: "Keep an eye out for our unmarked silver Ford Explorer on Hilltop this week 😉" })
    expect(finding.excerpt).toBe("unmarked silver Ford Explorer on Hilltop this week")
  })

  it("blocks with the 321.5(e) citation", () => {
    const [finding] = findingsOf(rule, { text: "SWAT is staged behind the Walgreens." })
    expect(finding.severity).toBe("block")
    expect(finding.citation.clause).toBe("321.5(e)")
  })
})
