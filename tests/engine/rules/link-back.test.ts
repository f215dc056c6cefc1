import { describe, expect, it } from "vitest"

import { reddingPack } from "~/engine/packs/redding"
import rule from "~/engine/rules/link-back"

import { describeRuleCases, findingsOf } from "./rule-cases"

describeRuleCases(rule)

describe("link-back", () => {
  it("names the pack's primary website in the fix", () => {
    const [finding] = findingsOf(rule, { text: "Sign up for the spring Citizens' Academy before March 1." })
    expect(finding.fix).toContain(reddingPack.primaryWebsite)
    expect(finding.citation.clause).toBe("Policy: hyperlinks")
  })

  it("is not satisfied by a link to someone else's site", () => {
    expect(
      findingsOf(rule, { text: "Report it online at reportfraud.ftc.gov and keep your receipts." })
    ).toHaveLength(1)
  })

  it("accepts a subdomain of an official domain", () => {
    expect(findingsOf(rule, { text: "Apply now at https://jobs.cityofredding.gov/police" })).toEqual([])
  })

  it("accepts a bare official domain without https", () => {
    expect(findingsOf(rule, { text: "More information: reddingpolice.org/academy" })).toEqual([])
  })

  it("does not take 'link in bio' for an answer outside Instagram", () => {
    expect(findingsOf(rule, { text: "Registration is open for our academy. Link in bio.", platform: "x" })).toHaveLength(1)
  })

  it("tells Instagram users to use the bio", () => {
    const [finding] = findingsOf(rule, {
      text: "Registration is open for our academy.",
      platform: "instagram",
      surface: "caption"
    })
    expect(finding.fix).toContain("link in bio")
  })

  it("does not read traffic tickets as an event", () => {
    expect(findingsOf(rule, { text: "Officers wrote 46 tickets during Saturday's distracted-driving operation." })).toEqual([])
  })

  it("stays informational", () => {
    expect(findingsOf(rule, { text: "Sign up today!" })[0].severity).toBe("info")
  })
})
