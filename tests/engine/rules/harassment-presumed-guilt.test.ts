import { describe, expect, it } from "vitest"

import rule from "~/engine/rules/harassment-presumed-guilt"

import { describeRuleCases, findingsOf } from "./rule-cases"

describeRuleCases(rule)

const flagged = (text: string) => findingsOf(rule, { text }).map((finding) => finding.excerpt)

describe("harassment-presumed-guilt", () => {
  it("allows the words of the record: charged, alleged, wanted for", () => {
    expect(flagged("Marcus Dell, 25, is charged with robbing the Hilltop Express Mart.")).toEqual([])
    expect(flagged("Marcus Dell, 25, allegedly robbed the Hilltop Express Mart.")).toEqual([])
    expect(flagged("WANTED: Travis Benning, 29, has a felony warrant for assault with a deadly weapon.")).toEqual([])
  })

  it("flags a named arrestee said to have committed the crime", () => {
    expect(flagged("Officers arrested Marcus Dell, 25, on Friday. Dell robbed the Hilltop Express Mart at gunpoint.")).toEqual([
      "Dell robbed"
    ])
  })

  it("leaves a crash victim who was killed alone", () => {
    expect(flagged("Dale Wingert, 67, of Palo Cedro was killed in the crash on Highway 44.")).toEqual([])
  })

  it("leaves a general statement that everyone knows a safety fact alone", () => {
    expect(flagged("Everyone knows they should lock their cars, but thieves still find unlocked ones.")).toEqual([])
  })

  it("explains that no conviction is on the record", () => {
    const [finding] = findingsOf(rule, { text: "Police are searching for the killer Ronald Teague." })
    expect(finding.message).toContain("no conviction")
    expect(finding.fix).toContain("arrested on suspicion of")
  })
})

describe("harassment-presumed-guilt: 'did it'", () => {
  it("flags a named, uncharged person said to have done it", () => {
    expect(flagged("Mark my words: Kevin Olander did it.")).toEqual(["Olander did it"])
  })
})

describe("harassment-presumed-guilt: guilt stated in other words", () => {
  it("flags an uncharged suspect called clearly guilty", () => {
    expect(flagged("The suspect, who has not been charged, is clearly guilty.")).toEqual(["is clearly guilty"])
  })

  it("flags 'he did it' next to a crime", () => {
    expect(flagged("Meet the man who robbed the mini-mart: Brent Kohl. He hasn't been charged yet but he did it.")).toEqual(["he did it"])
  })

  it("leaves alone 'she did it' in a graduation post", () => {
    expect(flagged("Officer Dana Lee finished the academy at the top of her class. She did it!")).toEqual([])
  })

  it("flags an offender label used as a title or in apposition", () => {
    expect(flagged("JUSTICE SERVED: Child molester Dennis Pruitt, 58, was arrested Friday.")).toEqual(["Child molester"])
    expect(flagged("Arrested: Marcus Yates, the thief who stole a pickup from a dealership.")).toEqual(["thief"])
  })

  it("flags a label stated of a person named just before", () => {
    expect(flagged("Cody Ames was arrested Friday. Make no mistake: he is the burglar who hit Lake Boulevard.")).toEqual(["is the burglar"])
  })

  it("flags 'everyone knows' followed by a named culprit", () => {
    expect(flagged("Everyone in Cottonwood knows Jeremy Fults is the one who set those fires.")).toEqual([
      "Everyone in Cottonwood knows Jeremy Fults is the one who"
    ])
  })

  it("leaves alone the presumption of innocence and a guilty plea", () => {
    expect(flagged("Reminder: the suspect is presumed innocent until proven guilty.")).toEqual([])
    expect(flagged("Raymond Pierce pleaded guilty Monday to the 2023 bank robbery.")).toEqual([])
    expect(flagged("A jury will decide whether he is guilty.")).toEqual([])
  })

  it("leaves alone an impersonation warning", () => {
    expect(flagged("The caller claiming to be Sergeant Miller is a scammer. Hang up.")).toEqual([])
  })
})

describe("harassment-presumed-guilt: passive verbs", () => {
  it("leaves alone a victim 'killed by' someone", () => {
    expect(flagged("RIP Kayla Dominguez, 19, killed by a drunk driver on Highway 273.")).toEqual([])
  })
})

describe("harassment-presumed-guilt: an offender label tied to a name after a colon", () => {
  it("flags naming the uncharged 'arsonist' after a colon", () => {
    const text = "We have identified the arsonist who torched the Cypress Avenue storage units: Kevin Marsh of Redding. He has not been charged yet."
    expect(findingsOf(rule, { text }).map((finding) => finding.excerpt)).toContain("the arsonist")
  })

  it("leaves a colon that introduces a vehicle alone", () => {
    expect(findingsOf(rule, { text: "We have identified the vehicle involved: a silver Honda Civic." })).toEqual([])
  })
})
