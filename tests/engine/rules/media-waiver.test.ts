import { describe, expect, it } from "vitest"

import rule from "~/engine/rules/media-waiver"

import { describeRuleCases, findingsOf } from "./rule-cases"

describeRuleCases(rule)

describe("media-waiver", () => {
  it("counts what is attached in its message", () => {
    const [finding] = findingsOf(rule, { text: "Graduation day!", attachments: { images: 1, videos: 2 } })
    expect(finding.message).toContain("1 photo and 2 videos")
    expect(finding.start).toBeNull()
    expect(finding.citation.clause).toBe("Content Guideline: waivers")
  })

  it("applies to a reply with a video as much as to a post", () => {
    expect(findingsOf(rule, { text: "Here you go!", surface: "reply", attachments: { images: 0, videos: 1 } })).toHaveLength(1)
  })

  it("reminds about bystanders when the image is released to identify a suspect", () => {
    const [finding] = findingsOf(rule, {
      text: "Do you recognize this suspect? Surveillance photo attached.",
      attachments: { images: 1, videos: 0 }
    })
    expect(finding.message).toContain("bystanders")
  })

  it("does not treat asking the public for photos as posting them", () => {
    expect(findingsOf(rule, { text: "Send us your photos of the storm damage for our report." })).toEqual([])
  })
})
