import { describe, expect, it } from "vitest"

import rule from "~/engine/rules/sexual-explicit"

import { describeRuleCases, findingsOf } from "./rule-cases"

describeRuleCases(rule)

describe("sexual-explicit", () => {
  it("blocks a quoted explicit message even inside a scam warning", () => {
    const text = 'Sextortion warning. One victim got this: "I have a video of you naked and masturbating on cam. Pay $500."'
    expect(findingsOf(rule, { text })[0]?.severity).toBe("block")
  })

  it("blocks a topless, straddling description", () => {
    expect(findingsOf(rule, { text: "When officers walked up she was topless and straddling him." })).toHaveLength(1)
  })

  it.each([
    "Suspect arrested for oral copulation with a minor and unlawful sexual intercourse (PC 261.5).",
    "He was booked for possession of child pornography after a search warrant at his home.",
    "A man was seen naked running down Hwy 273 this morning; officers detained him for a mental-health evaluation.",
    "Congratulations to Officer Reyes, who graduated summa cum laude from Simpson University!",
    "Strip search policy questions? The jail commander will answer at Tuesday's council meeting.",
    "Thank you, Redding, for a very thorough turnout at the community meeting."
  ])("leaves a release alone: %s", (text) => {
    expect(findingsOf(rule, { text })).toEqual([])
  })

  it("needs more than one hint before calling a post innuendo", () => {
    expect(findingsOf(rule, { text: "Our K9 gave the car a full-body search 😏" })).toEqual([])
  })

  it("reports one finding per draft, on the first of its most explicit terms", () => {
    const text = "He was naked and masturbating, with his penis out."
    const findings = findingsOf(rule, { text })
    expect(findings).toHaveLength(1)
    expect(text.slice(findings[0].start ?? 0, findings[0].end ?? 0)).toBe("masturbating")
  })
})

describe("sexual-explicit: objectifying a member of the public", () => {
  it("flags 'hot babe we pulled over'", () => {
    expect(findingsOf(rule, { text: "Check out this hot babe we pulled over today 🔥🔥" }).length).toBeGreaterThan(0)
  })

  it("leaves a hot-weather tip alone", () => {
    expect(findingsOf(rule, { text: "Hot weather tip: never leave pets or kids in a hot car." })).toEqual([])
  })
})
