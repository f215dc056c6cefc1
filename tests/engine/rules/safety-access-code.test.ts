import { describe, expect, it } from "vitest"

import rule from "~/engine/rules/safety-access-code"

import { describeRuleCases, findingsOf } from "./rule-cases"

describeRuleCases(rule)

describe("safety-access-code", () => {
  it("flags both the login and the password of one account", () => {
    const findings = findingsOf(rule, { text: "Portal login: rpdvolunteer / password: Redding2024!" })
    expect(findings.map((finding) => finding.excerpt)).toEqual(["login: rpdvolunteer", "password: Redding2024!"])
  })

  it("flags an alarm code written without 'is'", () => {
    expect(findingsOf(rule, { text: "Front office alarm code 2580, please disarm before 7." })).toHaveLength(1)
  })

  it("flags a keypad code named with the room it opens", () => {
    const [finding] = findingsOf(rule, { text: "The side door keypad code for the training room is 8812 until further notice." })
    expect(finding.excerpt).toBe("keypad code for the training room is 8812")
  })

  it("flags a lockbox combination written with dashes", () => {
    const [finding] = findingsOf(rule, { text: "The combination to the key lockbox is 12-34-56." })
    expect(finding.excerpt).toBe("combination to the key lockbox is 12-34-56")
  })

  it("leaves a public meeting's passcode alone", () => {
    expect(
      findingsOf(rule, { text: "Join the virtual town hall on Zoom: meeting ID 815 2233 4490, passcode: 4471." })
    ).toEqual([])
  })

  it("leaves the advice that passwords must be strong alone", () => {
    expect(findingsOf(rule, { text: "Remember: your password is only as strong as its weakest character." })).toEqual([])
  })

  it("blocks with the City's public-systems citation", () => {
    const [finding] = findingsOf(rule, { text: "Door code: 1234" })
    expect(finding.severity).toBe("block")
    expect(finding.citation.clause).toBe("Prohibited content: safety")
  })
})
