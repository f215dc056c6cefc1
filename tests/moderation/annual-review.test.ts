import { describe, expect, it } from "vitest"

import { annualReview, annualReviewToCsv, sorted } from "~/moderation/annual-review"

const blocked = [
  { time: "2026-01-15T18:00:00Z", platform: "facebook", ruleIds: ["privacy-phone", "profanity"] },
  { time: "2026-01-20T18:00:00Z", platform: "x", ruleIds: ["privacy-phone"] },
  { time: "2026-12-31T23:30:00-08:00", platform: "instagram", ruleIds: ["profanity"] },
  { time: "2025-12-31T23:30:00-08:00", platform: "x", ruleIds: ["profanity"] }
]
const overridden = [
  { time: "2026-05-01T16:00:00Z", platform: "facebook", ruleIds: ["privacy-victim-named"], supervisor: "Lt. Moore" },
  { time: "2026-05-09T16:00:00Z", platform: "facebook", ruleIds: ["privacy-victim-named"], supervisor: "Lt. Moore" },
  { time: "2026-06-01T16:00:00Z", platform: "x", ruleIds: ["safety-tactical"], supervisor: "Sgt. Diaz" }
]
const removed = [{ time: "2026-03-02T18:00:05Z", platform: "facebook", ruleIds: ["commerce-solicitation"] }]

describe("annual review (321.6)", () => {
  const review = annualReview(2026, { blocked, overridden, removed })

  it("counts only the review year, months in the agency's time zone", () => {
    expect(review.kinds.blocked.total).toBe(3)
    expect(review.kinds.blocked.byMonth[0]).toBe(2)
    // 23:30 on 31 December Pacific time is still December, though it is January in UTC.
    expect(review.kinds.blocked.byMonth[11]).toBe(1)
  })

  it("counts by rule and by platform", () => {
    expect(review.kinds.blocked.byRule).toEqual({ "privacy-phone": 2, profanity: 2 })
    expect(review.kinds.blocked.byPlatform).toEqual({ facebook: 1, x: 1, instagram: 1 })
    expect(review.kinds.removed.byRule).toEqual({ "commerce-solicitation": 1 })
  })

  it("names the approving supervisors of overrides", () => {
    expect(sorted(review.kinds.overridden.bySupervisor)).toEqual([
      ["Lt. Moore", 2],
      ["Sgt. Diaz", 1]
    ])
  })

  it("exports every count as CSV rows", () => {
    const csv = annualReviewToCsv(review)
    expect(csv.split("\r\n")[0]).toBe("year,kind,dimension,key,count")
    expect(csv).toContain("2026,blocked,total,,3")
    expect(csv).toContain("2026,blocked,month,12,1")
    expect(csv).toContain("2026,overridden,supervisor,Lt. Moore,2")
    expect(csv).toContain("2026,removed,platform,facebook,1")
  })
})
