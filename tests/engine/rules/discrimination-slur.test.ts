import { describe, expect, it } from "vitest"

import rule from "~/engine/rules/discrimination-slur"
import profanity from "~/engine/rules/profanity"

import { describeRuleCases, findingsOf } from "./rule-cases"

describeRuleCases(rule)

describe("discrimination-slur", () => {
  it("blocks with the City's discrimination clause", () => {
    const [finding] = findingsOf(rule, { text: "a bunch of f@gs" })
    expect(finding.severity).toBe("block")
    expect(finding.citation.clause).toBe("Prohibited content: discrimination")
  })

  it("reports a slur once, as discrimination and not as profanity", () => {
    expect(findingsOf(profanity, { text: "Those r3tards again." })).toEqual([])
    expect(findingsOf(rule, { text: "Those r3tards again." })).toHaveLength(1)
  })

  it("leaves words that contain a slur's letters alone", () => {
    const text = "Travelers from Nigeria and the Niger river delta; a snigger at the spastic cerebral palsy clinic fundraiser."
    expect(findingsOf(rule, { text })).toEqual([])
  })
})
