import { describe, expect, it } from "vitest"

import rule from "~/engine/rules/investigation-tip-off"

import { describeRuleCases, findingsOf } from "./rule-cases"

describeRuleCases(rule)

describe("investigation-tip-off", () => {
  it("flags a taunt that investigators know who did it", () => {
    const [finding] = findingsOf(rule, { text: "To whoever tagged the skate park: we know who you are. 👀" })
    expect(finding.excerpt).toBe("we know who you are")
  })

  it("flags an arrest said to be imminent", () => {
    expect(findingsOf(rule, { text: "An arrest is imminent in the Hartnell Ave shooting." })).toHaveLength(1)
  })

  it("leaves a request for the public's help identifying a suspect alone", () => {
    expect(findingsOf(rule, { text: "Help us identify the suspect in this video. Recognize him? Call (530) 225-4200." })).toEqual([])
  })

  it("leaves an identified suspect who is wanted on a warrant alone", () => {
    expect(
      findingsOf(rule, {
        text: "Detectives have identified the suspect in Sunday's shooting as Ronald Teague, 38. A warrant has been issued for his arrest; call 911 if you see him."
      })
    ).toEqual([])
  })

  it("flags when officers plan to serve a warrant", () => {
    const [finding] = findingsOf(rule, { text: "We plan to serve a warrant later today on Pine Street." })
    expect(finding.excerpt).toBe("plan to serve a warrant later today")
  })

  it("flags officers announced to be heading to a suspect's home", () => {
    const [finding] = findingsOf(rule, { text: "Detectives are headed to his house right now." })
    expect(finding.excerpt).toBe("headed to his house")
  })

  it("leaves the identification of a driver who died alone", () => {
    expect(findingsOf(rule, { text: "Police have identified the driver who died in Sunday's crash." })).toEqual([])
  })

  it("blocks with the 321.5(c) citation", () => {
    const [finding] = findingsOf(rule, { text: "Expect an arrest tonight." })
    expect(finding.severity).toBe("block")
    expect(finding.citation.clause).toBe("321.5(c)")
  })
})
