import { describe, expect, it } from "vitest"

import { reddingPack } from "~/engine/packs/redding"
import rule from "~/engine/rules/profanity"

import { describeRuleCases, findingsOf } from "./rule-cases"

describeRuleCases(rule)

function flaggedWords(text: string): string[] {
  return findingsOf(rule, { text }).map((finding) => text.slice(finding.start ?? 0, finding.end ?? 0))
}

describe("profanity", () => {
  it.each([
    ["sh!t", "This sh!t has to stop, Redding."],
    ["f.u.c.k", "Who does this? f.u.c.k."],
    ["\uff46\uff55\uff43\uff4b", "Fullwidth \uff46\uff55\uff43\uff4b still counts."],
    ["fuuuuck", "Oh fuuuuck, not again."],
    ["motherf***ers", "These motherf***ers stole the flags."],
    ["d*ck", "What a d*ck move."],
    ["jackass", "Some jackass parked in the fire lane."]
  ])("catches %s however it is disguised", (expected, text) => {
    expect(flaggedWords(text)).toEqual([expected])
  })

  it.each([
    "Assassin's Creed tournament at the library: the cocktail party is cancelled.",
    "Sgt. Cummings presented Dickens' A Christmas Carol at Shasta High.",
    "Shiitake, Sussex and Scunthorpe: none of these are profane, nor is humantraffickinghotline.org.",
    "Crime analysis, class schedules and passing lanes.",
    "A S A P: the F.B.I. and U.S.A. teams arrive at 9.",
    "Adamnson and Hancock attended the Peacock Ln meeting.",
    "Snigger at the Cockburn exhibit. Mr. Hitchcock is the therapist on Titanic Way."
  ])("leaves innocent words alone: %s", (text) => {
    expect(flaggedWords(text)).toEqual([])
  })

  it("respects the pack's allowed terms", () => {
    const pack = { ...reddingPack, allowedTerms: [...reddingPack.allowedTerms, "Cockrell"] }
    expect(findingsOf(rule, { text: "Cockrell Ave is closed for paving." }, pack)).toEqual([])
  })

  it("spans the word in the original text when invisible characters hide it", () => {
    const text = "absolute bull\u200bshit."
    expect(flaggedWords(text)).toEqual(["bull\u200bshit"])
  })

  it("blocks with the City's profanity clause", () => {
    const [finding] = findingsOf(rule, { text: "Holy sh1t." })
    expect(finding.severity).toBe("block")
    expect(finding.citation.clause).toBe("Prohibited content: profanity")
  })

  it("scans a 63,000-character draft quickly", () => {
    const text = "Crime analysis of the 1500 block of Main St; Lt. Dickson said f u c k. ".repeat(900)
    const started = performance.now()
    const findings = findingsOf(rule, { text })
    expect(findings).toHaveLength(900)
    // Generous bound: the machine is shared; this guards against runaway backtracking, not for the budget.
    expect(performance.now() - started).toBeLessThan(3000)
  })
})
