import { describe, expect, it } from "vitest"

import rule from "~/engine/rules/investigation-next-of-kin"

import { describeRuleCases, findingsOf } from "./rule-cases"

describeRuleCases(rule)

describe("investigation-next-of-kin", () => {
  it("flags a name posted with a plea to wait until the family is told", () => {
    const findings = findingsOf(rule, {
      text: "RIP Jacob Hume, 19, killed on Highway 44 last night. Please don't tag anyone until they've been notified."
    })
    expect(findings).toHaveLength(1)
    expect(findings[0].message).toContain("Jacob Hume")
  })

  it("flags a name while the family is still being notified", () => {
    const [finding] = findingsOf(rule, { text: "Ana Ruiz, 34, died at the scene. Her family is still being notified." })
    expect(finding.excerpt).toBe("family is still being notified")
  })

  it("leaves a name release after notification alone", () => {
    expect(
      findingsOf(rule, {
        text: "The Shasta County Coroner identified the driver as Dale Wingert, 67, of Palo Cedro, after notifying his family."
      })
    ).toEqual([])
  })

  it("blocks with the 321.5(c) citation", () => {
    const [finding] = findingsOf(rule, { text: "Maria Lopez died. Her family has not been notified." })
    expect(finding.severity).toBe("block")
    expect(finding.citation.clause).toBe("321.5(c)")
  })
})
