import { describe, expect, it } from "vitest"

import rule from "~/engine/rules/harassment-presumed-guilt"

import { describeRuleCases, findingsOf } from "./rule-cases"

describeRuleCases(rule)

const flagged = (text: string) => findingsOf(rule, { text }).map((finding) => finding.excerpt)

describe("harassment-presumed-guilt", () => {
  it("allows the words of the record: charged, alleged, wanted for", () => {
    expect(flagged("Marcus Dell, 25, is charged with robbing the Hilltop Express Mart.")).toEqual([])
    expect(flagged("Marcus Dell, 25, allegedly robbed the Hilltop Express Mart.")).toEqual([])
    expect(flagged("WANTED: Travis Benning, 29, has a felony warrant for assault with a deadly weapon.")).toEqual([])
  })

  it("flags a named arrestee said to have committed the crime", () => {
    expect(flagged("Officers arrested Marcus Dell, 25, on Friday. Dell robbed the Hilltop Express Mart at gunpoint.")).toEqual([
      "Dell robbed"
    ])
  })

  it("leaves a crash victim who was killed alone", () => {
    expect(flagged("Dale Wingert, 67, of Palo Cedro was killed in the crash on Highway 44.")).toEqual([])
  })

  it("leaves a general statement that everyone knows a safety fact alone", () => {
    expect(flagged("Everyone knows they should lock their cars, but thieves still find unlocked ones.")).toEqual([])
  })

  it("explains that no conviction is on the record", () => {
    const [finding] = findingsOf(rule, { text: "Police are searching for the killer Ronald Teague." })
    expect(finding.message).toContain("no conviction")
    expect(finding.fix).toContain("arrested on suspicion of")
  })
})

describe("harassment-presumed-guilt: 'did it'", () => {
  it("flags a named, uncharged person said to have done it", () => {
    expect(flagged("Mark my words: Kevin Olander did it.")).toEqual(["Olander did it"])
  })
})
