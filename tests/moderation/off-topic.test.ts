import { describe, expect, it } from "vitest"

import { reddingPack } from "~/engine/packs/redding"
import { commentViolations } from "~/moderation/comment-check"
import { offTopicFinding } from "~/moderation/off-topic"

const COFFEE_POST = "Coffee with a Cop is this Thursday at 8 a.m. at Dutch Bros on Churn Creek. Come meet the officers who patrol your neighborhood."
const CLOSURE_POST = "Traffic advisory: Eureka Way is closed between Court and Market St until 3 p.m. for a water main repair. Use Placer St instead."

describe("off-topic comments (commentary limited to City programs or services)", () => {
  it.each([
    ["campaigning", "Vote for Dana Whitfield for county supervisor this November, she will fix what the others broke!", COFFEE_POST],
    ["a hashtag campaign", "Enough talk. #JonesForMayor", CLOSURE_POST],
    ["self-promotion", "Check out my channel for daily lifestyle vlogs, link in bio", COFFEE_POST],
    ["crypto spam", "I made $4,000 this week with bitcoin trading, message me for details", CLOSURE_POST],
    ["a chain message", "Copy and paste this to your wall if you love your mother", COFFEE_POST],
    ["a long comment about something else entirely", "Anyone know a good place to get my truck's transmission rebuilt? Mine started slipping last week and the dealership quote was crazy.", COFFEE_POST]
  ])("flags %s as possibly off-topic, for the moderator to judge", (_what, comment, post) => {
    const finding = offTopicFinding(comment, post)
    expect(finding?.category).toBe("off-topic")
    expect(finding?.severity).toBe("warn")
    expect(finding?.citation.quote).toContain("commentary shall be limited to City programs or services")
  })

  it.each([
    ["a short reaction", "Great job, see you there!", COFFEE_POST],
    ["a question about the post's subject", "Is the closure going to affect the Court Street bus stop tomorrow morning as well, or only today?", CLOSURE_POST],
    ["a long comment that names City business", "My neighbor's car was broken into last night on our block and nobody seems to care anymore about any of it", COFFEE_POST],
    ["a thank-you story", "Thank you to the two that helped my grandmother when her car died near the mall last winter, we never forgot it", COFFEE_POST],
    ["a long comment sharing a word with the post", "Will there be decaf options available this time, my wife can't have caffeine after surgery and she really wants to come along", COFFEE_POST],
    ["a comment that mentions voting for a City program", "Make sure to check that your registration is current before election day, the county office is open late", CLOSURE_POST]
  ])("leaves %s alone", (_what, comment, post) => {
    expect(offTopicFinding(comment, post)).toBeNull()
  })

  it("does not guess subject overlap when the post text cannot be read", () => {
    expect(offTopicFinding("Anyone know a good place to get my truck's transmission rebuilt? Mine started slipping last week.", null)).toBeNull()
  })

  it("reports a removable rule break instead of off-topic when a comment has one", () => {
    const findings = commentViolations("Buy my radar detectors, 20% off with code JAM20 at our shop, DM me", "facebook", reddingPack, COFFEE_POST)
    expect(findings.length).toBeGreaterThan(0)
    expect(findings.every((finding) => finding.category !== "off-topic")).toBe(true)
  })
})
