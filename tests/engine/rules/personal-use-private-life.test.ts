import { describe, expect, it } from "vitest"

import rule from "~/engine/rules/personal-use-private-life"

import { describeRuleCases, findingsOf } from "./rule-cases"

describeRuleCases(rule)

const flagged = (text: string) => findingsOf(rule, { text }).map((finding) => finding.excerpt)

describe("personal-use-private-life", () => {
  it("flags a personal vehicle for sale", () => {
    expect(flagged("FOR SALE: my 2015 Toyota Tacoma, 98k miles. $21,500 OBO.")).toEqual(["my 2015 Toyota"])
  })

  it("flags puppies from the poster's own dog", () => {
    expect(flagged("My Lab Bella had puppies! Six pups ready for homes Dec. 1.")).toEqual(["My Lab"])
  })

  it("leaves an officer's official contact address alone", () => {
    expect(flagged("I'm Officer Jen Ruiz, your downtown beat officer. Email me at jruiz@cityofredding.gov.")).toEqual([])
  })

  it("leaves 'DM us' from the agency alone", () => {
    expect(flagged("Saw something? DM us or call (530) 225-4200.")).toEqual([])
  })

  it("leaves a department-organised fundraiser alone", () => {
    expect(
      flagged("Tip-a-Cop is Friday at the Hilltop Red Robin: our officers wait tables and tips go to Special Olympics Northern California.")
    ).toEqual([])
  })

  it("blocks with the 321.5(f) citation", () => {
    const [finding] = findingsOf(rule, { text: "Happy anniversary to my wife!" })
    expect(finding.severity).toBe("block")
    expect(finding.citation.clause).toBe("321.5(f)")
  })
})

describe("personal-use-private-life: extended family and errands", () => {
  it("flags the poster's cousin's wedding", () => {
    expect(flagged("Off to my cousin's wedding in Chico this weekend! 💒")).toEqual(["my cousin"])
  })

  it("flags a personal request for a plumber", () => {
    expect(flagged("Anyone know a good plumber? My water heater just died. Text me!")).toEqual(["Anyone know a good plumber", "My water heater", "Text me"])
  })
})

describe("personal-use-private-life: officers on duty", () => {
  it("leaves an officer who introduces themselves and says 'message me' alone", () => {
    expect(flagged("This is Officer Kim Nguyen. Questions about downtown parking? Message me through the City's website form.")).toEqual(
      []
    )
  })
})

describe("personal-use-private-life: asides and affections", () => {
  it("flags the poster's boy, buddy and partner in crime", () => {
    expect(flagged("So proud of my boy for scoring the winning goal tonight!")).toEqual(["my boy"])
    expect(flagged("Shoutout to my buddy's new coffee truck!")).toEqual(["my buddy"])
    expect(flagged("Happy birthday to my partner in crime, love you babe!")).toEqual(["my partner in crime", "love you babe"])
  })

  it("flags going off shift as a personal errand", () => {
    expect(flagged("I'm off shift at 5 and need a ride to the airport.")).toEqual(["I'm off shift at"])
  })

  it("leaves alone the agency asking whether anyone knows who owns a dog", () => {
    expect(flagged("Does anyone know who owns this dog? He was found near Caldwell Park.")).toEqual([])
  })
})
