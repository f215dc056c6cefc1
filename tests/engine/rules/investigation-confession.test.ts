import { describe, expect, it } from "vitest"

import rule from "~/engine/rules/investigation-confession"

import { describeRuleCases, findingsOf } from "./rule-cases"

describeRuleCases(rule)

describe("investigation-confession", () => {
  it("flags a suspect leading investigators to evidence", () => {
    const [finding] = findingsOf(rule, { text: "After his arrest, Mills led detectives to the shallow grave." })
    expect(finding.excerpt).toBe("led detectives to the")
  })

  it("flags a full confession mentioned as a noun", () => {
    expect(findingsOf(rule, { text: "Detectives obtained a full confession from the teen on Tuesday." })).toHaveLength(1)
  })

  it("leaves a recruit admitted to the academy alone", () => {
    expect(findingsOf(rule, { text: "Congratulations to Cadet Rios, who was admitted to the academy this week." })).toEqual([])
  })

  it("flags what a suspect told officers about the crime", () => {
    const [finding] = findingsOf(rule, {
      text: "The suspect told officers he had smoked meth before the crash. Charges are pending."
    })
    expect(finding.excerpt).toBe("told officers he had")
  })

  it("leaves a driver's account of a crash alone", () => {
    expect(findingsOf(rule, { text: "The driver told officers he swerved to avoid a deer on Highway 44." })).toEqual([])
  })

  it("leaves an officer's light-hearted admission alone", () => {
    expect(
      findingsOf(rule, { text: "Officer Dana Price admitted to being nervous before her first solo shift, but she nailed it!" })
    ).toEqual([])
  })

  it("leaves a confession with no case around it alone", () => {
    expect(findingsOf(rule, { text: "Our K9 confessed his love for tennis balls at the open house. 🎾" })).toEqual([])
  })

  it("names the confession in its message", () => {
    const [finding] = findingsOf(rule, { text: "The suspect confessed." })
    expect(finding.message).toContain('"confessed"')
    expect(finding.citation.clause).toBe("321.5(c)")
  })
})

describe("investigation-confession: what the suspect told detectives he did", () => {
  it("flags 'told detectives he threw the knife'", () => {
    expect(findingsOf(rule, { text: "The suspect told detectives he threw the knife in the river behind the Sundial Bridge." }).length).toBeGreaterThan(0)
  })

  it("leaves a witness's account alone", () => {
    expect(findingsOf(rule, { text: "A witness told detectives he saw the suspect run toward the river." })).toEqual([])
  })
})
