import { describe, expect, it } from "vitest"

import { analyze } from "~/engine/analyze"
import { reddingPack } from "~/engine/packs/redding"
import { parsePolicyPack, type PolicyPack } from "~/engine/packs/schema"
import rule from "~/engine/rules/custom-blocked-term"

import { describeRuleCases, findingsOf } from "./rule-cases"

const pack: PolicyPack = parsePolicyPack({
  ...reddingPack,
  customBlockedTerms: [
    { term: "frequent flyer", category: "professionalism", message: "Do not label people by how often they are contacted." },
    { term: "transient camp", category: "discrimination" }
  ]
})

describeRuleCases(rule, pack)

describe("custom-blocked-term", () => {
  it("gives the pack's reason for listing the term", () => {
    const [finding] = findingsOf(rule, { text: "A frequent flyer again." }, pack)
    expect(finding.message).toContain("Do not label people")
    expect(finding.severity).toBe("block")
  })

  it("finds a disguised spelling", () => {
    expect(findingsOf(rule, { text: "Cleared the trаnsient camp." }, pack)).toHaveLength(1)
  })

  it("does nothing with the built-in pack, which lists no terms", () => {
    expect(findingsOf(rule, { text: "A frequent flyer again." })).toEqual([])
  })

  it("treats pack terms as plain text, not patterns", () => {
    const patterned = parsePolicyPack({ ...reddingPack, customBlockedTerms: [{ term: "a+b (x", category: "profanity" }] })
    expect(findingsOf(rule, { text: "aaab x" }, patterned)).toEqual([])
    expect(findingsOf(rule, { text: "see a+b (x here" }, patterned)).toHaveLength(1)
  })

  it("can be lowered to a warning by the pack", () => {
    const relaxed = { ...pack, ruleSeverities: { "custom-blocked-term": "warn" as const } }
    const [finding] = analyze({ text: "A frequent flyer again." }, relaxed, [rule])
    expect(finding.severity).toBe("warn")
  })
})

describe("custom-blocked-term findings carry the pack entry's category", () => {
  it("reports each term under the category the pack gives it", () => {
    const findings = analyze({ text: "Another frequent flyer call near the transient camp tonight.", platform: "x", surface: "post" }, pack).filter((finding) => finding.ruleId === "custom-blocked-term")
    expect(findings.map((finding) => finding.category)).toEqual(["professionalism", "discrimination"])
  })
})
