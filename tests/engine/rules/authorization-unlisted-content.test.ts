import { describe, expect, it } from "vitest"

import rule from "~/engine/rules/authorization-unlisted-content"

import { describeRuleCases, findingsOf } from "./rule-cases"

describeRuleCases(rule)

describe("authorization-unlisted-content", () => {
  it("asks for supervisor approval, citing 321.3, for the whole draft", () => {
    const [finding] = findingsOf(rule, { text: "Who else stayed up way too late watching the finale last night? No spoilers please!" })
    expect(finding.severity).toBe("warn")
    expect(finding.start).toBeNull()
    expect(finding.citation.clause).toBe("321.3")
    expect(finding.message).toContain("supervisor approval")
  })

  it("names the listed content types in its reason", () => {
    const [finding] = findingsOf(rule, { text: "Who else stayed up way too late watching the finale last night? No spoilers please!" })
    expect(finding.message).toContain("(d) investigative request for information")
  })

  it("does not nag on comments, however off-topic", () => {
    expect(
      findingsOf(rule, { text: "Who else stayed up way too late watching the finale last night?", surface: "comment" })
    ).toEqual([])
  })

  it("leaves a very short post alone", () => {
    expect(findingsOf(rule, { text: "Good morning, Redding!" })).toEqual([])
  })

  it("accepts a request for tips as a listed type", () => {
    expect(
      findingsOf(rule, {
        text: "Do you recognize this man? Anyone with information is asked to contact Detective Ruiz at (530) 225-4200."
      })
    ).toEqual([])
  })
})
