import { describe, expect, it } from "vitest"

import rule from "~/engine/rules/safety-system-weakness"

import { describeRuleCases, findingsOf } from "./rule-cases"

describeRuleCases(rule)

describe("safety-system-weakness", () => {
  it("flags how long a camera outage will last", () => {
    const excerpts = findingsOf(rule, {
      text: "The cameras in the parking garage are offline and won't be fixed until March."
    }).map((finding) => finding.excerpt)
    expect(excerpts).toEqual(["cameras in the parking garage are offline", "won't be fixed until March"])
  })

  it("flags fake cameras at a public building", () => {
    expect(findingsOf(rule, { text: "Fun fact: the cameras at City Hall are fake." })).toHaveLength(1)
  })

  it("flags a gate that does not lock", () => {
    const [finding] = findingsOf(rule, { text: "The back gate at the city corp yard doesn't lock, so keep an eye on it." })
    expect(finding.excerpt).toBe("gate at the city corp yard doesn't lock")
  })

  it("flags an alarm that has been switched off", () => {
    expect(findingsOf(rule, { text: "The door alarm at the evidence room has been off for weeks." })).toHaveLength(1)
  })

  it("leaves an alarm that went off during a call alone", () => {
    expect(findingsOf(rule, { text: "The alarm at the pool went off at 2 a.m.; officers found two teens swimming." })).toEqual([])
  })

  it("leaves a 911 outage notice alone", () => {
    expect(
      findingsOf(rule, { text: "Our 911 system is down. For emergencies call (530) 225-4200 until service is restored." })
    ).toEqual([])
  })

  it("leaves a road repair timeline alone", () => {
    expect(findingsOf(rule, { text: "The Cypress Ave bridge won't be repaired until spring." })).toEqual([])
  })

  it("blocks with the City's public-systems citation", () => {
    const [finding] = findingsOf(rule, { text: "The alarm at the library is broken." })
    expect(finding.severity).toBe("block")
    expect(finding.citation.clause).toBe("Prohibited content: safety")
  })
})
