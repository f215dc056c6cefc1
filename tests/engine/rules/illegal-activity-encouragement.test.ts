import { describe, expect, it } from "vitest"

import rule from "~/engine/rules/illegal-activity-encouragement"

import { describeRuleCases, findingsOf } from "./rule-cases"

describeRuleCases(rule)

describe("illegal-activity-encouragement", () => {
  it("flags out-of-state fireworks with a wink that nobody is checking", () => {
    const excerpts = findingsOf(rule, {
      text: "Want the good stuff? Grab them in Nevada and just don't light them right in front of your house. Honestly, nobody's checking on the 4th 😉"
    }).map((finding) => finding.excerpt)
    expect(excerpts).toEqual(["Grab them in Nevada", "just don't light them right in front of", "nobody's checking"])
  })

  it("flags a promise that no one can prove it", () => {
    expect(findingsOf(rule, { text: "Key his car while he's at work. They can't prove it was you." })).toHaveLength(1)
  })

  it("flags a promise that nobody's gonna know", () => {
    const [finding] = findingsOf(rule, { text: "Flip a U-turn before the checkpoint. Nobody's gonna know 😉" })
    expect(finding.excerpt).toBe("Nobody's gonna know")
  })

  it("flags advice to take the back roads after drinking", () => {
    const [finding] = findingsOf(rule, { text: "Pro tip: if you've had a few, take the back roads home. 😉" })
    expect(finding.excerpt).toBe("take the back roads")
  })

  it("flags a suggestion to hop the fence", () => {
    const [finding] = findingsOf(rule, { text: "Don't want to wait in line? Just hop the fence at the Rodeo grounds 😉" })
    expect(finding.excerpt).toBe("Just hop the fence")
  })

  it("leaves awareness campaigns that say 'light it up' alone", () => {
    expect(findingsOf(rule, { text: "Light It Up Blue for autism awareness this April! 💙" })).toEqual([])
  })

  it("leaves a scam tip saying callers can't prove a debt alone", () => {
    expect(
      findingsOf(rule, { text: "If the caller says you owe back taxes, hang up: they can't prove you owe anything." })
    ).toEqual([])
  })

  it("leaves a note that a law no longer applies alone", () => {
    expect(
      findingsOf(rule, { text: "Jaywalking is technically no longer illegal in California, but please cross at crosswalks." })
    ).toEqual([])
  })

  it("leaves a warning not to run red lights alone", () => {
    expect(findingsOf(rule, { text: "Never run the red light at Cypress and Hilltop: we're watching that intersection." })).toEqual([])
  })

  it("blocks with the City's illegal-activity citation", () => {
    const [finding] = findingsOf(rule, { text: "Spark it up!" })
    expect(finding.severity).toBe("block")
    expect(finding.citation.clause).toBe("Prohibited content: illegal activity")
  })
})

describe("illegal-activity-encouragement: hiding licence plates from enforcement", () => {
  it.each([
    "Honestly if the speed cameras bother you, just cover your plate with a bit of tape like everyone else does.",
    "Tape over your rear plate and the cameras can't touch you."
  ])("flags %s", (text) => {
    expect(findingsOf(rule, { text }).length).toBeGreaterThan(0)
  })

  it.each([
    "Reminder: it is illegal to cover your license plate (5201 VC) and you will get a ticket.",
    "Officers found the stolen car after the thieves tried to hide the plates with mud.",
    "Please make sure your license plate light works and your plates are clean so they can be read."
  ])("leaves alone %s", (text) => {
    expect(findingsOf(rule, { text })).toEqual([])
  })
})
