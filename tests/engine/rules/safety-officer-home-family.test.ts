import { describe, expect, it } from "vitest"

import rule from "~/engine/rules/safety-officer-home-family"

import { describeRuleCases, findingsOf } from "./rule-cases"

describeRuleCases(rule)

describe("safety-officer-home-family", () => {
  it("flags an officer's street address", () => {
    const [finding] = findingsOf(rule, { text: "Welcome home, Deputy Cole! He lives at 1420 Hawthorne Ave, so neighbors, say hi." })
    expect(finding.excerpt).toBe("lives at 1420 Hawthorne Ave")
  })

  it("flags a child's school routine", () => {
    expect(
      findingsOf(rule, { text: "Our Chief's proudest moment: his son goes to Shasta High and plays varsity football." })
    ).toHaveLength(1)
  })

  it("flags a spouse named with the officer's surname", () => {
    const [finding] = findingsOf(rule, {
      text: "Happy retirement, Sgt. Dan Holloway! Holloway's wife Michelle is throwing the party."
    })
    expect(finding.excerpt).toBe("Holloway's wife Michelle")
  })

  it("leaves a thank-you to the officer's family as a whole alone", () => {
    expect(findingsOf(rule, { text: "Thanks to Officer Jones and his family, Redding is better for his 25 years." })).toEqual([])
  })

  it("flags where an officer's children go to school", () => {
    const [finding] = findingsOf(rule, { text: "Sgt. Lee's kids go to Bethel School, so wave at them." })
    expect(finding.excerpt).toBe("Lee's kids go to")
  })

  it("leaves family mentions alone when no department member is named", () => {
    expect(findingsOf(rule, { text: "Their daughter Kelsey works nights in the ER downtown." })).toEqual([])
  })

  it("blocks with the 321.5(e) citation", () => {
    const [finding] = findingsOf(rule, { text: "Sgt. Ames and his wife Rosa live on Oak Ridge Road." })
    expect(finding.severity).toBe("block")
    expect(finding.citation.clause).toBe("321.5(e)")
  })
})
