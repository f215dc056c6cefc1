import { describe, expect, it } from "vitest"

import rule from "~/engine/rules/safety-staffing-gap"

import { describeRuleCases, findingsOf } from "./rule-cases"

describeRuleCases(rule)

describe("safety-staffing-gap", () => {
  it("flags a count of units written as a word", () => {
    const [finding] = findingsOf(rule, { text: "Just two patrol cars are covering all of south Redding tonight." })
    expect(finding.excerpt).toBe("Just two patrol cars are covering")
  })

  it("flags a shift said to be short for a given night", () => {
    expect(findingsOf(rule, { text: "We're down to half our officers this weekend because of the flu." })).toHaveLength(1)
  })

  it("flags a count of engines and patrol units covering an area", () => {
    const [finding] = findingsOf(rule, {
      text: "Evacuation warning for Keswick: be ready to leave. Only two engines and one patrol unit are covering the west side tonight."
    })
    expect(finding.excerpt).toBe("Only two engines and one patrol unit are covering")
  })

  it("flags a skeleton crew announced for a holiday", () => {
    expect(findingsOf(rule, { text: "We'll have a skeleton crew on patrol Christmas Eve, so be nice out there." })).toHaveLength(1)
  })

  it("leaves an injury count that mentions officers alone", () => {
    expect(findingsOf(rule, { text: "Only one officer was hurt in the crash and is expected to recover." })).toEqual([])
  })

  it("leaves a single officer's assignment alone", () => {
    expect(findingsOf(rule, { text: "Only one officer, Officer Ruiz, is trained as a K9 handler so far." })).toEqual([])
  })

  it("blocks with the 321.5(e) citation", () => {
    const [finding] = findingsOf(rule, { text: "Only 3 officers on duty tonight." })
    expect(finding.severity).toBe("block")
    expect(finding.citation.clause).toBe("321.5(e)")
  })
})
