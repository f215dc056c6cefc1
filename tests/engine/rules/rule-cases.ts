// Runs a rule's own example cases (the ones the catalog and sandbox show) as specifications.
import { describe, expect, it } from "vitest"

import { analyze } from "~/engine/analyze"
import { reddingPack } from "~/engine/packs/redding"
import type { PolicyPack } from "~/engine/packs/schema"
import type { Rule, RuleCase } from "~/engine/rule"
import type { Finding } from "~/engine/types"

export function findingsOf(rule: Rule, draft: RuleCase, pack: PolicyPack = reddingPack): Finding[] {
  return analyze(draft, { ...pack, ruleSeverities: {} }, [rule])
}

function label(draft: RuleCase): string {
  const text = draft.text.replace(/\s+/g, " ")
  return text.length > 70 ? `${text.slice(0, 69)}…` : text
}

/** Asserts every `fire` case gets the rule's finding over its excerpt and no `pass` case does. */
export function describeRuleCases(rule: Rule, pack: PolicyPack = reddingPack): void {
  describe(`${rule.id}: its catalog examples`, () => {
    for (const draft of rule.cases.fire) {
      it(`flags: ${label(draft)}`, () => {
        const findings = findingsOf(rule, draft, pack)
        expect(findings.length, "expected a finding").toBeGreaterThan(0)
        if (draft.excerpt === undefined) {
          expect(findings.some((finding) => finding.start === null)).toBe(true)
        } else {
          expect(draft.text).toContain(draft.excerpt)
          const spans = findings.map((finding) =>
            finding.start === null ? null : draft.text.slice(finding.start, finding.end ?? undefined)
          )
          expect(spans).toContain(draft.excerpt)
        }
      })
    }
    for (const draft of rule.cases.pass) {
      it(`leaves alone: ${label(draft)}`, () => {
        expect(findingsOf(rule, draft, pack)).toEqual([])
      })
    }
  })
}
