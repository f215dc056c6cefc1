import { describe, expect, it } from "vitest"

import rule from "~/engine/rules/privacy-date-of-birth"

import { describeRuleCases, findingsOf } from "./rule-cases"

describeRuleCases(rule)

function flagged(text: string): string[] {
  return findingsOf(rule, { text }).map((finding) => text.slice(finding.start ?? 0, finding.end ?? 0))
}

describe("privacy-date-of-birth", () => {
  it("catches the common booking formats", () => {
    expect(flagged("D.O.B. 02/14/79")).toEqual(["D.O.B. 02/14/79"])
    expect(flagged("DOB: 1988-11-03")).toEqual(["DOB: 1988-11-03"])
    expect(flagged("birthdate 3 March 1990")).toEqual(["birthdate 3 March 1990"])
    expect(flagged("(dob 7/4)")).toEqual(["dob 7/4"])
  })

  it("catches a birthday given with its year", () => {
    expect(flagged("Her birthday is June 4, 2009, so she just turned 15.")).toEqual(["birthday is June 4, 2009"])
  })

  it("leaves a birthday without a year alone", () => {
    expect(flagged("Happy birthday, Officer Reyes! Born on the Fourth of July, of course.")).toEqual([])
  })

  it("leaves a birth year without a day alone", () => {
    expect(flagged("The suspect, born in 1990, is 5'10\".")).toEqual([])
  })

  it("leaves incident dates near the word birth alone", () => {
    expect(flagged("Birth certificates were stolen on 10/12/2024 from a car on Pine St.")).toEqual([])
  })

  it("blocks with the 321.5(b) citation and suggests the age instead", () => {
    const [finding] = findingsOf(rule, { text: "DOB 11/03/1988" })
    expect(finding.severity).toBe("block")
    expect(finding.citation.clause).toBe("321.5(b)")
    expect(finding.fix).toContain("age")
  })
})

describe("privacy-date-of-birth: booking-log style", () => {
  it("reads a bracketed date right after a name as a birth date when the year is long past", () => {
    expect(flagged("Booked: Darnell R. Pike (11/03/1988) for receiving stolen property.")).toEqual(["11/03/1988"])
  })

  it("leaves a recent bracketed date after a name alone", () => {
    const recentYear = new Date().getFullYear() - 1
    expect(flagged(`Darnell Pike (11/03/${recentYear}) was the last arrest of the sweep.`)).toEqual([])
  })
})
