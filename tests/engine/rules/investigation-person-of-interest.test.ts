import { describe, expect, it } from "vitest"

import rule from "~/engine/rules/investigation-person-of-interest"

import { describeRuleCases, findingsOf } from "./rule-cases"

describeRuleCases(rule)

describe("investigation-person-of-interest", () => {
  it("flags the name in the sentence before the phrase", () => {
    const findings = findingsOf(rule, {
      text: "Detectives spoke with Rena Voss on Tuesday about the missing funds. She has not been charged."
    })
    expect(findings).toHaveLength(1)
    expect(findings[0].message).toContain("Rena Voss")
  })

  it("flags a named relative investigators are looking at", () => {
    const [finding] = findingsOf(rule, {
      text: "Investigators are looking closely at the victim's ex-boyfriend, Tyler Munn, 29, of Anderson."
    })
    expect(finding.excerpt).toBe("Investigators are looking closely at")
  })

  it("does not count the detective who did the questioning", () => {
    expect(
      findingsOf(rule, { text: "A man was questioned by detectives, said Det. Amy Cummings. The investigation is ongoing." })
    ).toEqual([])
  })

  it("blocks with the 321.5(c) citation", () => {
    const [finding] = findingsOf(rule, { text: "Shane Wexler, 31, is a person of interest in the fire." })
    expect(finding.severity).toBe("block")
    expect(finding.citation.clause).toBe("321.5(c)")
  })
})
