import { describe, expect, it } from "vitest"

import rule from "~/engine/rules/illegal-activity-instructions"

import { describeRuleCases, findingsOf } from "./rule-cases"

describeRuleCases(rule)

describe("illegal-activity-instructions", () => {
  it("marks every technique the instructions name", () => {
    const excerpts = findingsOf(rule, {
      text: "How to get into an older Honda: slide a slim jim between the glass and the seal, hook the linkage rod and pull up."
    }).map((finding) => finding.excerpt)
    expect(excerpts).toEqual(["slim jim", "hook the linkage rod"])
  })

  it("leaves a guide to spotting card skimmers alone", () => {
    expect(
      findingsOf(rule, {
        text: "Card skimmers found at two gas pumps. How to spot one: first, wiggle the card reader. If it moves, don't use it."
      })
    ).toEqual([])
  })

  it("leaves a tool named without any how-to framing alone", () => {
    expect(findingsOf(rule, { text: "A skimmer was found on a gas pump on Hilltop Dr this morning." })).toEqual([])
  })

  it("blocks with the City's illegal-activity citation", () => {
    const [finding] = findingsOf(rule, { text: "Easiest way in: pick the lock with a bobby pin. Now you know!" })
    expect(finding.severity).toBe("block")
    expect(finding.citation.clause).toBe("Prohibited content: illegal activity")
  })
})
