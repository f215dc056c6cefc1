import { describe, expect, it } from "vitest"

import rule from "~/engine/rules/sexual-link"

import { describeRuleCases, findingsOf } from "./rule-cases"

describeRuleCases(rule)

describe("sexual-link", () => {
  it.each(["xvideos.com/video123", "https://m.chaturbate.com/room", "https://free-porn-clips.net/x", "https://candy.porn/", "https://fansly.com/someone"])(
    "blocks a link to %s",
    (link) => {
      const [finding] = findingsOf(rule, { text: `Check this out ${link} tonight` })
      expect(finding?.severity).toBe("block")
    }
  )

  it.each([
    "https://www.essex.gov.uk/",
    "https://www.middlesexcountynj.gov/",
    "https://humantraffickinghotline.org",
    "https://www.meganslaw.ca.gov",
    "https://bit.ly/3xYzAbc"
  ])("leaves %s alone", (link) => {
    expect(findingsOf(rule, { text: `More information: ${link}` })).toEqual([])
  })

  it("says which site the link goes to", () => {
    const [finding] = findingsOf(rule, { text: "Video: https://www.pornhub.com/view_video.php?viewkey=1" })
    expect(finding.message).toContain("pornhub.com")
    expect(finding.citation.clause).toBe("Prohibited content: sexual")
  })
})
