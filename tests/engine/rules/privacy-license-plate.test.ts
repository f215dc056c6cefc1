import { describe, expect, it } from "vitest"

import rule from "~/engine/rules/privacy-license-plate"

import { describeRuleCases, findingsOf } from "./rule-cases"

describeRuleCases(rule)

function flagged(text: string): string[] {
  return findingsOf(rule, { text }).map((finding) => text.slice(finding.start ?? 0, finding.end ?? 0))
}

describe("privacy-license-plate", () => {
  it("only warns: BOLOs with plates are normal posts", () => {
    const [finding] = findingsOf(rule, { text: "Stolen Civic, CA plate 7KRT482." })
    expect(finding.severity).toBe("warn")
    expect(finding.fix).toMatch(/stolen or wanted/)
  })

  it("finds California's standard format in a sentence about a vehicle", () => {
    expect(flagged("Suspect fled in a red Chevrolet Equinox, 8ABC123, heading north.")).toEqual(["8ABC123"])
  })

  it("ignores the same shape outside a vehicle context", () => {
    expect(flagged("Evidence tag 4 was logged. Locker 2ABC345 holds the forms.")).toEqual([])
  })

  it("reports a plate given two ways only once", () => {
    expect(flagged("Look for license plate CA 7KRT482 on a silver Honda.")).toEqual(["7KRT482"])
  })

  it("ignores ZIP codes and years after a state", () => {
    expect(flagged("Redding, CA 96001. Founded in California 1872.")).toEqual([])
  })

  it("leaves plate advice without a plate alone", () => {
    expect(flagged("Note the plate if you can, and the tags' expiration month.")).toEqual([])
  })
})
