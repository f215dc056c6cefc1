// ESLint-style convention checks over every rule: id = file name, registered, tested, cited.
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"

import { CLAUSES } from "~/engine/policy/clauses"
import { ALL_RULES } from "~/engine/rules"
import { CATEGORIES, SEVERITIES } from "~/engine/types"

const root = join(__dirname, "..", "..")
const ruleFiles = readdirSync(join(root, "src/engine/rules"))
  .filter((file) => file.endsWith(".ts") && file !== "index.ts")
  .map((file) => file.replace(/\.ts$/, ""))

describe("every rule", () => {
  it("is registered, once", () => {
    const ids = ALL_RULES.map((rule) => rule.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect([...ids].sort()).toEqual([...ruleFiles].sort())
  })

  for (const rule of ALL_RULES) {
    describe(rule.id, () => {
      it("has a test file named after it", () => {
        expect(existsSync(join(root, "tests/engine/rules", `${rule.id}.test.ts`))).toBe(true)
      })
      it("has a known category and severity", () => {
        expect(CATEGORIES).toContain(rule.category)
        expect(SEVERITIES).toContain(rule.defaultSeverity)
      })
      it("cites a clause of the policy", () => {
        expect(Object.values(CLAUSES)).toContainEqual(rule.citation)
      })
      it("has at least two cases that fire and two near-misses", () => {
        expect(rule.cases.fire.length).toBeGreaterThanOrEqual(2)
        expect(rule.cases.pass.length).toBeGreaterThanOrEqual(2)
      })
      it("explains itself", () => {
        expect(rule.title.length).toBeGreaterThan(3)
        expect(rule.rationale.length).toBeGreaterThan(20)
      })
    })
  }
})

describe("policy clauses", () => {
  // A copy of ../shared/policy/redding-social-media-policy.md, so a clean checkout checks it too.
  const policyPath = join(root, "tests", "fixtures", "policy", "redding-social-media-policy.md")
  const flatten = (text: string) => text.replace(/\s+/g, " ").replace(/[“”]/g, '"').replace(/[‘’]/g, "'")
  it("quote the policy verbatim", () => {
    const policy = flatten(readFileSync(policyPath, "utf8"))
    for (const clause of Object.values(CLAUSES)) expect(policy, clause.clause).toContain(flatten(clause.quote))
  })
})
