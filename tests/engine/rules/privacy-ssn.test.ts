import { describe, expect, it } from "vitest"

import rule from "~/engine/rules/privacy-ssn"

import { describeRuleCases, findingsOf } from "./rule-cases"

describeRuleCases(rule)

describe("privacy-ssn", () => {
  it("rejects mixed delimiters, which SSNs never use", () => {
    expect(findingsOf(rule, { text: "Reference 123-45 6789 on file." })).toEqual([])
  })

  it("ignores a date that looks like digits", () => {
    expect(findingsOf(rule, { text: "Arrested on 11-03-1988 downtown." })).toEqual([])
  })

  it("blocks with the 321.5(b) citation", () => {
    const [finding] = findingsOf(rule, { text: "SSN 123-45-6789" })
    expect(finding.severity).toBe("block")
    expect(finding.citation.clause).toBe("321.5(b)")
  })
})
