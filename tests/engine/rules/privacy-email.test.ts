import { describe, expect, it } from "vitest"

import { reddingPack } from "~/engine/packs/redding"
import rule from "~/engine/rules/privacy-email"

import { describeRuleCases, findingsOf } from "./rule-cases"

describeRuleCases(rule)

function flagged(text: string, pack = reddingPack): string[] {
  return findingsOf(rule, { text }, pack).map((finding) => text.slice(finding.start ?? 0, finding.end ?? 0))
}

describe("privacy-email", () => {
  it("allows addresses on any subdomain of an official domain", () => {
    expect(flagged("Send footage to evidence@pd.cityofredding.gov or records@reddingpolice.org.")).toEqual([])
  })

  it("allows addresses a pack lists as official", () => {
    const pack = { ...reddingPack, officialEmails: ["reddingpal@gmail.com"] }
    expect(flagged("Sign up for PAL: ReddingPAL@gmail.com", pack)).toEqual([])
  })

  it("flags a personal address at a free mail provider even with a role-like name", () => {
    expect(flagged("Volunteer sign-ups go to info.sunsetwatch@gmail.com.")).toEqual(["info.sunsetwatch@gmail.com"])
  })

  it("leaves a business's role mailbox alone but flags a named person's mailbox there", () => {
    expect(flagged("Tickets: events@riverbendcoffee.com")).toEqual([])
    expect(flagged("Contact the owner, mike.delgado@riverbendcoffee.com")).toEqual(["mike.delgado@riverbendcoffee.com"])
  })

  it("leaves county and state government addresses alone", () => {
    expect(flagged("Elections questions: elections@co.shasta.ca.us or voterinfo@sos.ca.gov.")).toEqual([])
  })

  it("ignores image names and other things with an @ that are not addresses", () => {
    expect(flagged("Logo file: badge@2x.png. Meet @ 6pm. Follow @ReddingPolice.")).toEqual([])
  })

  it("drops the sentence's final period from the address", () => {
    expect(flagged("Write to jdoe84@hotmail.com.")).toEqual(["jdoe84@hotmail.com"])
  })

  it("blocks, cites the personal-information clause and names the address", () => {
    const [finding] = findingsOf(rule, { text: "Email jdoe84@hotmail.com" })
    expect(finding.severity).toBe("block")
    expect(finding.citation.clause).toBe("Content Guideline: personal information")
    expect(finding.message).toContain("jdoe84@hotmail.com")
  })

  it("stays fast on a long draft full of at-signs", () => {
    const text = "reach me @ home and a@b ".repeat(3000)
    const started = performance.now()
    findingsOf(rule, { text })
    expect(performance.now() - started).toBeLessThan(200)
  })
})
