import { describe, expect, it } from "vitest"

import type { PolicyPack } from "~/engine/packs/schema"
import { reddingPack } from "~/engine/packs/redding"
import rule from "~/engine/rules/privacy-private-name"

import { describeRuleCases, findingsOf } from "./rule-cases"

describeRuleCases(rule)

function warnedNames(text: string, pack: PolicyPack = reddingPack): string[] {
  return findingsOf(rule, { text }, pack).map((finding) => text.slice(finding.start ?? 0, finding.end ?? 0))
}

describe("privacy-private-name", () => {
  it("warns, never blocks, citing the City's personal-information guideline", () => {
    const [finding] = findingsOf(rule, { text: "Block captain Carol Pruitt runs the Sunset Terrace watch group." })
    expect(finding.severity).toBe("warn")
    expect(finding.citation.clause).toBe("Content Guideline: personal information")
    expect(finding.message).toContain("Carol Pruitt")
  })

  it("allows the pack's public-contact employees by full name or by surname", () => {
    const pack = { ...reddingPack, publicContactEmployees: ["Jo Whitlock"] }
    expect(warnedNames("Questions? Contact Jo Whitlock, our records clerk. Whitlock answers weekdays.", pack)).toEqual([])
  })

  it("warns once per person, not once per mention", () => {
    expect(warnedNames("Thanks to Dana Whitfield for the tip. Dana Whitfield called at 2 a.m.")).toEqual(["Dana Whitfield"])
  })

  it("does not take streets, businesses or vehicles for people", () => {
    expect(
      warnedNames("Stolen silver 2012 Honda Civic taken from Summit Peak Realty on Overhill Drive near Caldwell Park.")
    ).toEqual([])
  })

  it("treats every officer in a list after 'Officers' as an officer", () => {
    expect(warnedNames("Officers Alyssa Moreno, Tyler Jacobsen and Devin Smith graduated from the academy.")).toEqual([])
  })

  it("leaves the names the victim rule already blocks to that rule", () => {
    expect(warnedNames("The victim, Kayla Brennan, was struck several times.")).toEqual([])
  })
})
