import { describe, expect, it } from "vitest"

import rule from "~/engine/rules/authorization-incident-commander"

import { describeRuleCases, findingsOf } from "./rule-cases"

describeRuleCases(rule)

describe("authorization-incident-commander", () => {
  it("asks for the Incident Commander's approval, citing 321.4.1", () => {
    const [finding] = findingsOf(rule, { text: "Evacuation orders are in effect for the Lake Redding Estates area." })
    expect(finding.severity).toBe("warn")
    expect(finding.citation.clause).toBe("321.4.1")
    expect(finding.message).toContain("Incident Commander")
  })

  it("reports one finding per draft, at the first cue", () => {
    const findings = findingsOf(rule, {
      text: "Police activity near Shasta High. Avoid the area. Students are sheltering in place."
    })
    expect(findings).toHaveLength(1)
    expect(findings[0].excerpt).toBe("Police activity")
  })

  it("finds a shelter-in-place order however it is hyphenated", () => {
    expect(findingsOf(rule, { text: "Residents near Canby Rd: SHELTER-IN-PLACE until further notice." })).toHaveLength(1)
  })

  it("leaves a crime-prevention tip that mentions evacuation planning alone", () => {
    expect(
      findingsOf(rule, { text: "Fire season is here. Make an evacuation plan with your family and pack a go-bag." })
    ).toEqual([])
  })
})
