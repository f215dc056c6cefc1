import { describe, expect, it } from "vitest"

import rule from "~/engine/rules/privacy-medical-detail"

import { describeRuleCases, findingsOf } from "./rule-cases"

describeRuleCases(rule)

function flaggedTerms(text: string): string[] {
  return findingsOf(rule, { text }).map((finding) => text.slice(finding.start ?? 0, finding.end ?? 0))
}

describe("privacy-medical-detail", () => {
  it("flags each medical detail of the named person, across the following sentence", () => {
    const text =
      "The man detained, Trevor Lusk, 44, has a history of schizophrenia. He was placed on a 72-hour mental health hold."
    expect(flaggedTerms(text)).toEqual(["schizophrenia", "72-hour mental health hold"])
  })

  it("does not attach 'she' to the only man named before", () => {
    expect(flaggedTerms("Officers arrested Jared Collins at the scene. She was hospitalized with a broken jaw.")).toEqual([])
  })

  it("reads AIDS only in capitals, so 'aids' the verb passes", () => {
    expect(flaggedTerms("Marco Esparza aids the food bank every winter.")).toEqual([])
    expect(flaggedTerms("Marco Esparza told officers he has AIDS.")).toEqual(["AIDS"])
  })

  it("leaves a generic injury outcome of a named arrestee alone", () => {
    expect(flaggedTerms("Dustin Carrow, 34, was treated for minor injuries and booked into the Shasta County Jail.")).toEqual([])
  })

  it("blocks with the 321.5(b) citation", () => {
    const [finding] = findingsOf(rule, { text: "Dale Wingert, 67, overdosed near the river." })
    expect(finding.severity).toBe("block")
    expect(finding.citation.clause).toBe("321.5(b)")
    expect(finding.message).toContain("Dale Wingert")
  })
})

describe("privacy-medical-detail: medication named with its purpose", () => {
  it("flags a named arrestee's anxiety medication", () => {
    expect(flaggedTerms("The driver arrested for DUI, Carla Benitez, 45, told officers she took her anxiety medication with wine.")).toEqual([
      "her anxiety medication"
    ])
  })

  it("leaves alone a drug take-back announcement", () => {
    expect(flaggedTerms("Drug Take-Back Day is Saturday: drop off expired or unused medications in our lobby.")).toEqual([])
  })
})

describe("privacy-medical-detail: substance use of a named person", () => {
  it("flags a named person called a meth addict", () => {
    expect(flaggedTerms("Wanted: Kevin Doyle, a known meth addict, for burglary.")).toEqual(["meth addict"])
  })

  it("leaves alone addiction resources for everyone", () => {
    expect(flaggedTerms("Addiction is treatable. Addicts and families can call the county help line any time.")).toEqual([])
  })
})
