import { describe, expect, it } from "vitest"

import rule from "~/engine/rules/investigation-evidence-detail"

import { describeRuleCases, findingsOf } from "./rule-cases"

describeRuleCases(rule)

describe("investigation-evidence-detail", () => {
  it("flags a wound count written in digits", () => {
    const [finding] = findingsOf(rule, { text: "The man was shot 6 times in the back." })
    expect(finding.excerpt).toBe("shot 6 times")
  })

  it("flags a burner phone sent off for a data dump", () => {
    const findings = findingsOf(rule, {
      text: "They recovered the burner phone the suspect used. Phone's off to the lab for a full data dump."
    })
    expect(findings.map((finding) => finding.excerpt)).toEqual(["recovered the burner phone", "off to the lab", "full data dump"])
  })

  it("flags forensic evidence reported in the passive", () => {
    const [finding] = findingsOf(rule, { text: "The suspect's DNA was found on the victim's jacket." })
    expect(finding.excerpt).toBe("DNA was found")
  })

  it("flags a note found at the scene", () => {
    const [finding] = findingsOf(rule, { text: "Detectives found a handwritten note at the scene that read 'you deserved it'." })
    expect(finding.excerpt).toBe("handwritten note at the scene")
  })

  it("leaves routine shots-fired notices with shell casings alone", () => {
    expect(findingsOf(rule, { text: "Officers located several shell casings in the roadway. No one was hurt." })).toEqual([])
  })

  it("leaves an officer's words to a victim alone", () => {
    expect(findingsOf(rule, { text: "Officers told her that help was on the way." })).toEqual([])
  })

  it("leaves a single wound without a count alone", () => {
    expect(findingsOf(rule, { text: "A 47-year-old man was stabbed during an argument and taken to Mercy Medical Center." })).toEqual([])
  })

  it("leaves a loose count in a domestic battery arrest alone", () => {
    expect(
      findingsOf(rule, { text: "The victim told officers her boyfriend had struck her several times. Officers arrested him for domestic battery." })
    ).toEqual([])
  })

  it("flags the exact make or calibre of the weapon in an open case", () => {
    const [finding] = findingsOf(rule, { text: "Sources say the shooter used a 12-gauge shotgun and fired from a silver Tacoma." })
    expect(finding.excerpt).toBe("12-gauge shotgun")
  })

  it("flags a calibre named without the word gun, and prints on the evidence", () => {
    const excerpts = findingsOf(rule, {
      text: "Between us, the shooter fired 11 rounds from a .45 and we found his prints on the shell casings."
    }).map((finding) => finding.excerpt)
    expect(excerpts).toEqual(["from a .45", "found his prints"])
  })

  it("leaves a weapon recovered in an arrest alone", () => {
    expect(
      findingsOf(rule, { text: "Officers recovered a loaded 9mm handgun from his waistband and arrested him." })
    ).toEqual([])
  })

  it("flags how investigators traced a suspect who is still at large", () => {
    const [finding] = findingsOf(rule, {
      text: "We tracked down the burglar through his debit card transaction at the gas station. Stay tuned."
    })
    expect(finding.excerpt).toBe("tracked down the burglar through his debit card")
  })

  it("leaves a decedent identified through records alone", () => {
    expect(findingsOf(rule, { text: "The victim was identified through dental records by the Coroner." })).toEqual([])
  })

  it("leaves an item shown so the public can recognise it alone", () => {
    expect(
      findingsOf(rule, { text: "The suspect left a red backpack behind. Do you recognize it? Call (530) 225-4200." })
    ).toEqual([])
  })

  it("blocks with the 321.5(c) citation", () => {
    const [finding] = findingsOf(rule, { text: "The victim was stabbed fourteen times." })
    expect(finding.severity).toBe("block")
    expect(finding.citation.clause).toBe("321.5(c)")
  })
})

describe("investigation-evidence-detail: a detail the draft itself says is unreleased", () => {
  it("flags a detail followed by 'detectives have not released this'", () => {
    const text = "The gun used in the shooting was a Glock 19 found under the driver's seat; detectives have not released this yet."
    expect(findingsOf(rule, { text }).map((finding) => finding.excerpt)).toContain("detectives have not released this")
  })

  it.each([
    "The victim's name has not been released to the public pending notification of family.",
    "We have not released this information to protect the investigation."
  ])("leaves a plain statement of withholding alone: %s", (text) => {
    expect(findingsOf(rule, { text })).toEqual([])
  })
})
