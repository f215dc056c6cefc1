import { describe, expect, it } from "vitest"

import rule from "~/engine/rules/discrimination-generalization"

import { describeRuleCases, findingsOf } from "./rule-cases"

describeRuleCases(rule)

function flagged(text: string): string[] {
  return findingsOf(rule, { text }).map((finding) => text.slice(finding.start ?? 0, finding.end ?? 0))
}

describe("discrimination-generalization", () => {
  it.each([
    ["national origin", "Shocker: all four were illegals.", "illegals"],
    ["national origin", "These people come here and steal from hardworking Americans.", "These people come here"],
    ["gender", "Ladies, maybe leave the roundabouts to the men?", "leave the roundabouts to the men"],
    ["disability", "The mentally ill are a menace downtown.", "The mentally ill are a menace"],
    ["sexual orientation", "Honestly, gay people are a problem at that park.", "gay people are a problem"],
    ["marital status", "Single moms never learn to watch their kids.", "Single moms never learn"],
    ["race", "Hispanics are all criminals, apparently.", "Hispanics are all criminals"]
  ])("blocks a generalisation by %s", (_class, text, excerpt) => {
    expect(flagged(text)).toContain(excerpt)
  })

  it("names the protected class in the message", () => {
    const [finding] = findingsOf(rule, { text: "Old people are a menace on the road." })
    expect(finding.message).toContain("by age")
    expect(finding.citation.clause).toBe("Prohibited content: discrimination")
  })

  it.each([
    "All women are welcome at the Citizens Academy on Thursday.",
    "Teens are always welcome at the Youth Academy.",
    "Seniors are often targeted by phone scams; hang up and call us.",
    "Immigrants are protected by the same laws: report crimes to us regardless of status.",
    "Not all immigrants are criminals, and most crime victims here never report.",
    "CalFresh and Medi-Cal enrollment help is available at the Shasta County HHSA office.",
    "Compliance check: sex offender registration is due by Friday.",
    "Suspect 2: white female, 40s, blond hair, driving a silver Honda. Of course, call 911 if you see her."
  ])("leaves a neutral mention alone: %s", (text) => {
    expect(flagged(text)).toEqual([])
  })
})

describe("discrimination-generalization: blaming a protected group for crime", () => {
  it.each([
    "Another shoplifting call downtown. Honestly, the people on welfare are behind most of this.",
    "Immigrants commit most of the burglaries in this town."
  ])("flags %s", (text) => {
    expect(findingsOf(rule, { text }).length).toBeGreaterThan(0)
  })

  it.each([
    "Seniors are behind most of the scam losses reported this year, so please talk to your parents about gift-card scams.",
    "Three suspects were behind most of the thefts at the mall, detectives say.",
    "Our officers are behind the community 100%."
  ])("leaves alone %s", (text) => {
    expect(findingsOf(rule, { text })).toEqual([])
  })
})

describe("discrimination-generalization: a crime pinned on a whole group", () => {
  it("flags 'Mexicans always drive drunk'", () => {
    expect(findingsOf(rule, { text: "Mexicans always drive drunk on holidays." }).length).toBeGreaterThan(0)
  })

  it("leaves a DUI warning to drivers alone", () => {
    expect(findingsOf(rule, { text: "Drivers who always drive drunk on holidays will be caught: DUI patrols all weekend." })).toEqual([])
  })
})
