import { describe, expect, it } from "vitest"

import rule from "~/engine/rules/harassment-defamation"

import { describeRuleCases, findingsOf } from "./rule-cases"

describeRuleCases(rule)

const flagged = (text: string) => findingsOf(rule, { text }).map((finding) => finding.excerpt)

describe("harassment-defamation", () => {
  it("flags a named person called a liar by pronoun after being named", () => {
    expect(flagged("We spoke with Mark Fenner about the missing funds. He is a liar.")).toEqual(["is a liar"])
  })

  it("leaves a crime-prevention tip about thieves in general alone", () => {
    expect(flagged("Catalytic converter thieves are fast. Park in a garage or a well-lit spot.")).toEqual([])
  })

  it("leaves a scam warning whose sentence starts with the scammers alone", () => {
    expect(flagged("These callers are scammers. The Redding Police Department will never call to demand payment.")).toEqual([])
  })

  it("leaves an arrest release that states the charges alone", () => {
    expect(
      flagged("Officers arrested Dustin Carrow, 34, on suspicion of commercial burglary. He was booked into jail.")
    ).toEqual([])
  })

  it("cites the City's rule against defaming any person or organization", () => {
    const [finding] = findingsOf(rule, { text: "Joe's Garage on Cypress is a bunch of frauds." })
    expect(finding.citation.quote).toBe("threaten or defame any person or organization")
  })
})

describe("harassment-defamation: more accusations", () => {
  it("flags a named business ripping off a described group", () => {
    expect(flagged("Redding Towing & Recovery has been ripping off stranded drivers for years.")).toEqual(["ripping off stranded drivers"])
  })

  it("flags 'nothing more than' and a chop shop", () => {
    expect(flagged("Dr. Alan Whitaker is nothing more than a drug dealer with a license.")).toEqual(["is nothing more than a drug dealer"])
    expect(flagged("Vargas Auto Body is a chop shop and everyone knows it.")).toEqual(["is a chop shop"])
  })

  it("leaves alone a scam warning about a fake company", () => {
    expect(flagged("Shasta Power Rebate Center is a scam. Hang up and call PG&E directly.")).toEqual([])
  })
})

describe("harassment-defamation: running a scam", () => {
  it("flags a named business running a scam", () => {
    expect(flagged("Redding Quick Lube is running a scam on unsuspecting drivers.")).toEqual(["is running a scam"])
  })

  it("leaves alone scammers and sellers in a warning", () => {
    expect(flagged("Sellers on Facebook Marketplace are running a scam with fake deposits.")).toEqual([])
  })
})

describe("harassment-defamation: 'criminal' as an adjective", () => {
  it("leaves a university's criminal justice program alone", () => {
    expect(findingsOf(rule, { text: "Congratulations to Officer Lee, who graduated summa cum laude from Simpson University's criminal justice program." })).toEqual([])
  })
})
