import { describe, expect, it } from "vitest"

import { archiveFromCsv, archiveFromJson, archiveToCsv, archiveToJson } from "~/moderation/archive-export"
import type { RemovedComment } from "~/moderation/removed-comment"

const records: RemovedComment[] = [
  {
    id: "a1",
    platform: "facebook",
    postUrl: "https://www.facebook.com/ReddingPoliceDepartment/posts/123",
    commentUrl: "https://www.facebook.com/ReddingPoliceDepartment/posts/123?comment_id=9",
    commentText: 'Line one, with a comma\nand "quotes" on line two',
    posterName: "Jordan Example",
    posterProfileUrl: "https://www.facebook.com/jordan.example",
    postedAt: "2026-03-02T17:04:00.000Z",
    recordedAt: "2026-03-02T18:00:00.000Z",
    removedAt: "2026-03-02T18:00:05.000Z",
    action: "hide",
    moderator: "Sgt. Alvarez",
    ruleIds: ["commerce-solicitation", "sexual-link"],
    categories: ["commerce", "sexual"],
    status: "removed",
    failure: null
  },
  {
    id: "b2",
    platform: "x",
    postUrl: "https://x.com/ReddingPolice/status/1",
    commentUrl: null,
    commentText: "=HYPERLINK(\"http://evil.example\",\"click\")",
    posterName: null,
    posterProfileUrl: null,
    postedAt: null,
    recordedAt: "2026-07-04T12:00:00.000Z",
    removedAt: null,
    action: "delete",
    moderator: "Officer Lee",
    ruleIds: [],
    categories: [],
    status: "failed",
    failure: "The reply's menu was not found"
  }
]

describe("archive export", () => {
  it("round-trips through JSON exactly", () => {
    expect(archiveFromJson(archiveToJson(records))).toEqual(records)
  })

  it("round-trips through CSV, multi-line text, quotes, lists and missing values included", () => {
    expect(archiveFromCsv(archiveToCsv(records))).toEqual(records)
  })

  it("does not let a comment run as a spreadsheet formula", () => {
    const csv = archiveToCsv(records)
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m)
    expect(csv).toContain("'=HYPERLINK")
  })

  it("rejects a JSON file that is not a PostGuard archive, naming the problem", () => {
    expect(() => archiveFromJson(JSON.stringify({ records }))).toThrow(/format/)
    const broken = JSON.parse(archiveToJson(records))
    broken.records[0].status = "gone"
    expect(() => archiveFromJson(JSON.stringify(broken))).toThrow(/status/)
  })
})
