import { describe, expect, it } from "vitest"

import rule from "~/engine/rules/emergency-channel"

import { describeRuleCases, findingsOf } from "./rule-cases"

describeRuleCases(rule)

describe("emergency-channel", () => {
  it("warns, citing the City's emergency-information clause", () => {
    const [finding] = findingsOf(rule, { text: "Shelter in place: hazmat spill near the rail yard." })
    expect(finding.severity).toBe("warn")
    expect(finding.citation.clause).toBe("Policy: emergency information")
    expect(finding.fix).toContain("911")
  })

  it("accepts a county emergency page as a primary source", () => {
    expect(
      findingsOf(rule, { text: "Evacuation warnings for Keswick. Zones and maps: https://www.co.shasta.ca.us/oes" })
    ).toEqual([])
  })

  it("accepts a pointer to 911", () => {
    expect(findingsOf(rule, { text: "Active shooter reported at the mall. Stay away and call 911 with information." })).toEqual([])
  })

  it("does not mistake a word containing 'dm us' for an invitation", () => {
    expect(findingsOf(rule, { text: "If you see the admin usher at the gala, thank him." })).toEqual([])
  })

  it("flags asking for urgent reports in the comments", () => {
    expect(
      findingsOf(rule, { text: "Suspicious person near the school right now? Comment below and we'll check it out.", surface: "reply" })
    ).toHaveLength(1)
  })
})
