import { describe, expect, it } from "vitest"

import rule from "~/engine/rules/privacy-victim-named"

import { describeRuleCases, findingsOf } from "./rule-cases"

describeRuleCases(rule)

describe("privacy-victim-named", () => {
  it("marks every mention of the named victim", () => {
    const text = "The victim, Kayla Brennan, was struck several times. Brennan declined treatment."
    const spans = findingsOf(rule, { text }).map((finding) => text.slice(finding.start ?? 0, finding.end ?? 0))
    expect(spans).toEqual(["Kayla Brennan", "Brennan"])
  })

  it("does not take the suspect the victim told officers about for the victim", () => {
    expect(findingsOf(rule, { text: "The victim told officers John Pratt had threatened her with a knife." })).toEqual([])
  })

  it("does not treat the person who robbed someone as the victim", () => {
    expect(findingsOf(rule, { text: "The man who robbed the Cypress Ave bank was identified as Dwayne Ritter, 44." })).toEqual([])
  })

  it("leaves a person shot by officers to the arrest and use-of-force releases", () => {
    expect(findingsOf(rule, { text: "Marco Esparza, 23, was shot by officers after he fired at them. Esparza was arrested." })).toEqual([])
  })

  it("flags a homeowner named as the victim of a burglary", () => {
    const [finding] = findingsOf(rule, { text: "Gloria Pennington's home on the east side was burglarized Tuesday." })
    expect(finding.severity).toBe("block")
    expect(finding.citation.clause).toBe("321.5(b)")
  })

  it("says why in the message and quotes what made it a victim", () => {
    const [finding] = findingsOf(rule, { text: "The victim, Kayla Brennan, was treated and released." })
    expect(finding.message).toContain("Kayla Brennan")
    expect(finding.message).toContain("victim")
  })
})

describe("privacy-victim-named: phrasings beyond the catalog", () => {
  const named = (text: string) => findingsOf(rule, { text }).map((finding) => text.slice(finding.start ?? 0, finding.end ?? 0))

  it("flags a victim named in apposition after a relationship word", () => {
    expect(named("Officers arrested Wes Park, 30, after he allegedly choked his girlfriend, Amber Sloane, during an argument.")).toEqual(["Amber Sloane"])
  })

  it("flags an accented Spanish name after the verb done to the victim", () => {
    expect(named("Detectives are looking for whoever attacked José Luis Hernández outside his shop on Friday.")).toEqual(["José Luis Hernández"])
  })

  it("flags a decedent identified by the coroner even when a local place shares the surname", () => {
    expect(named("The cyclist killed on Eureka Way has been identified by the coroner as Ethan Caldwell of Shasta Lake.")).toEqual(["Ethan Caldwell"])
  })

  it("flags someone who lost their life, named in a tribute", () => {
    expect(named("Rest in peace, Lucía Ortega-Díaz, 23, who lost her life in Saturday's hit-and-run on Churn Creek Rd.")).toEqual(["Lucía Ortega-Díaz"])
  })

  it("flags a person who 'was also the victim' or 'fell victim'", () => {
    expect(named("The caller who reported the robbery, Mai Tran, was also the victim.")).toEqual(["Mai Tran"])
    expect(named("Grandpa Walter Briggs, 88, fell victim to a gift card scam this week.")).toEqual(["Walter Briggs"])
  })

  it("flags a property-crime victim behind an honorific and an s-apostrophe", () => {
    expect(named("Someone set fire to Pastor Dale Ivers' car outside the chapel overnight.")).toEqual(["Dale Ivers"])
  })

  it("leaves alone a release whose victim's name is withheld", () => {
    expect(named("Fatal crash on Highway 299. The victim's name is being withheld pending notification of next of kin.")).toEqual([])
  })

  it("leaves alone a named suspect identified after a robbery", () => {
    expect(named("The suspect in Friday's bank robbery has been identified as Dylan Marsh, 30. A warrant has been issued.")).toEqual([])
  })

  it("leaves alone officers who are the subject of the verb", () => {
    expect(named("An officer fatally shot Roy Keene after he fired at deputies on Tuesday.")).toEqual([])
  })
})

describe("privacy-victim-named: honorifics and reduced passives", () => {
  const named = (text: string) => findingsOf(rule, { text }).map((finding) => text.slice(finding.start ?? 0, finding.end ?? 0))

  it("flags 'the victim, Mr. …'", () => {
    expect(named("Update on the stabbing: the victim, Mr. Tomas Guerrero, is in stable condition.")).toEqual(["Tomas Guerrero"])
  })

  it("flags a name followed by 'killed by'", () => {
    expect(named("RIP Kayla Dominguez, 19, killed by a drunk driver on Highway 273.")).toEqual(["Kayla Dominguez"])
  })

  it("leaves alone a suspect shot by officers", () => {
    expect(named("Travis Keene, 29, shot by officers after he fired at them, is in custody.")).toEqual([])
  })
})

describe("privacy-victim-named: a victim named in apposition after the event", () => {
  it.each([
    "The victim of Saturday's armed robbery at the Hilltop Drive gas station, Maria Delgado, 34, was treated for minor injuries.",
    "The victim in last night's stabbing on Market Street, Jose Ruiz, is in stable condition."
  ])("flags %s", (text) => {
    expect(findingsOf(rule, { text }).length).toBeGreaterThan(0)
  })

  it("does not take the suspect named after an unnamed victim for the victim", () => {
    expect(findingsOf(rule, { text: "The victim of the robbery, who did not want to be named, told officers the suspect, Mark Hill, fled on foot." })).toEqual([])
  })
})
