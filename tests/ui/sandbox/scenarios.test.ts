// Each training scenario states what the policy expects; the engine must agree, or the sandbox
// would teach one thing and the live guard do another.
import { describe, expect, it } from "vitest"

import { analyze } from "~/engine/analyze"
import { ALL_RULES } from "~/engine/rules"
import { CATEGORIES } from "~/engine/types"
import { SCENARIOS, scenarioDraft } from "~/ui/sandbox/scenarios"

describe("training scenarios", () => {
  for (const scenario of SCENARIOS) {
    it(`${scenario.kind}: ${scenario.id}`, () => {
      const findings = analyze(scenarioDraft(scenario))
      const blocking = findings.filter((finding) => finding.severity === "block")
      if (scenario.kind === "violation") {
        expect(blocking.map((finding) => finding.category)).toContain(scenario.category)
      } else {
        expect(blocking.map((finding) => `${finding.ruleId}: ${finding.excerpt}`)).toEqual([])
      }
      if (scenario.kind === "caution") {
        expect(findings.map((finding) => finding.category)).toContain(scenario.category)
      }
    })
  }

  it("covers every category that has a block rule with a violation and every category with a near-miss or caution", () => {
    const blockCategories = new Set(ALL_RULES.filter((rule) => rule.defaultSeverity === "block").map((rule) => rule.category))
    for (const category of blockCategories) {
      expect(SCENARIOS.some((scenario) => scenario.category === category && scenario.kind === "violation"), category).toBe(true)
    }
    for (const category of CATEGORIES) {
      const hasRule = ALL_RULES.some((rule) => rule.category === category)
      if (!hasRule) continue
      expect(SCENARIOS.some((scenario) => scenario.category === category), category).toBe(true)
    }
  })

  it("has unique ids and both languages for every title and lesson", () => {
    expect(new Set(SCENARIOS.map((scenario) => scenario.id)).size).toBe(SCENARIOS.length)
    for (const scenario of SCENARIOS) {
      expect(scenario.title.es).not.toBe(scenario.title.en)
      expect(scenario.lesson.es).not.toBe(scenario.lesson.en)
    }
  })
})
