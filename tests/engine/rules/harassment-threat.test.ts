import { describe, expect, it } from "vitest"

import rule from "~/engine/rules/harassment-threat"

import { describeRuleCases, findingsOf } from "./rule-cases"

describeRuleCases(rule)

const flagged = (text: string) => findingsOf(rule, { text }).map((finding) => finding.excerpt)

describe("harassment-threat", () => {
  it("flags a threat written with a curly apostrophe", () => {
    expect(flagged("Steal from our memorial again and you’ll be sorry.")).toEqual(["you’ll be sorry"])
  })

  it("leaves drug-awareness warnings about what can hurt you alone", () => {
    expect(flagged("One pill can kill. Fentanyl can hurt you even in tiny amounts.")).toEqual([])
  })

  it("leaves a recruitment line about making a difference alone", () => {
    expect(flagged("Want a career that matters? Join us and you will never regret it.")).toEqual([])
  })

  it("cites the City's rule against threatening any person", () => {
    const [finding] = findingsOf(rule, { text: "We know where you live." })
    expect(finding.severity).toBe("block")
    expect(finding.citation.quote).toBe("threaten or defame any person or organization")
  })
})

describe("harassment-threat: coming after people", () => {
  it("flags a promise to come find someone", () => {
    expect(flagged("Pay your child support or we'll come find you at work.")).toEqual(["we'll come find you"])
  })

  it("leaves an offer to come to a resident alone", () => {
    expect(flagged("Can't make it to the station? We'll come to you to take the report.")).toEqual([])
  })
})

describe("harassment-threat: retribution in other words", () => {
  it("flags promises that someone will pay", () => {
    expect(flagged("We will make sure he pays.")).toEqual(["make sure he pays"])
    expect(flagged("WE WILL FIND YOU AND YOU WILL PAY.")).toEqual(["YOU WILL PAY"])
  })

  it("leaves alone 'you will pay a fine'", () => {
    expect(flagged("If you are caught littering, you will pay a fine of up to $1,000.")).toEqual([])
  })

  it("flags hunting someone down, numbered days and wishes to rot", () => {
    expect(flagged("Enjoy it while it lasts, because we're going to hunt you down.")).toEqual(["hunt you down"])
    expect(flagged("Your days of freedom are numbered.")).toEqual(["Your days of freedom are numbered"])
    expect(flagged("We hope he rots in prison.")).toEqual(["hope he rots"])
    expect(flagged("He will never see daylight again.")).toEqual(["will never see daylight again"])
  })
})

describe("harassment-threat: dares", () => {
  it("flags daring someone to find out what happens", () => {
    expect(flagged("Try us. We dare you. Steal one more bike and see what happens.")).toEqual(["We dare you", "and see what happens"])
  })
})

describe("harassment-threat: gloating", () => {
  it("flags 'got what he deserved'", () => {
    expect(flagged("Raul Mendez, 35, finally got what he deserved.")).toEqual(["got what he deserved"])
  })
})

describe("harassment-threat: menace about where someone lives", () => {
  it.each([
    "I know where the chief lives and he'd better watch out.",
    "We know where your sergeant sleeps at night."
  ])("flags %s", (text) => {
    expect(findingsOf(rule, { text }).length).toBeGreaterThan(0)
  })

  it.each([
    "Drivers, you'd better watch out for deer on Highway 44 tonight.",
    "Does anyone know where the nearest cooling center is?"
  ])("leaves alone %s", (text) => {
    expect(findingsOf(rule, { text })).toEqual([])
  })
})
