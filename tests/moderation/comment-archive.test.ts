import "fake-indexeddb/auto"

import { afterEach, beforeEach, describe, expect, it } from "vitest"

import { CommentArchive, NotDueForDisposalError } from "~/moderation/comment-archive"
import type { RemovalRequest } from "~/moderation/removed-comment"

const request = (overrides: Partial<RemovalRequest> = {}): RemovalRequest => ({
  platform: "facebook",
  postUrl: "https://www.facebook.com/ReddingPoliceDepartment/posts/123",
  commentUrl: null,
  commentText: "Buy cheap followers at spamsite dot com",
  posterName: "Jordan Example",
  posterProfileUrl: "https://www.facebook.com/jordan.example",
  postedAt: "2026-03-02T17:04:00.000Z",
  action: "hide",
  moderator: "Sgt. Alvarez",
  ruleIds: ["commerce-solicitation"],
  categories: ["commerce"],
  ...overrides
})

let archive: CommentArchive
let databaseName: string
beforeEach(async () => {
  databaseName = `archive-test-${crypto.randomUUID()}`
  archive = await CommentArchive.open(databaseName)
})
afterEach(() => archive.close())

describe("removed-comment archive", () => {
  it("keeps a complete pending record before the removal is attempted", async () => {
    const record = await archive.recordBeforeRemoval(request(), new Date("2026-03-02T18:00:00Z"))
    expect(record).toMatchObject({ status: "pending", removedAt: null, recordedAt: "2026-03-02T18:00:00.000Z", posterName: "Jordan Example" })
    expect(await archive.all()).toEqual([record])
  })

  it("still holds the full record when the removal fails mid-way, marked failed with the reason", async () => {
    const record = await archive.recordBeforeRemoval(request())
    // The page changed before the platform's delete control could be used.
    const failed = await archive.markFailed(record.id, "The comment's menu was not found")
    expect(failed).toMatchObject({ status: "failed", failure: "The comment's menu was not found", commentText: record.commentText })
    const reopened = await CommentArchive.open(databaseName)
    expect(await reopened.all()).toEqual([failed])
    reopened.close()
  })

  it("marks a record removed with the removal time once the comment is gone", async () => {
    const record = await archive.recordBeforeRemoval(request())
    const removed = await archive.markRemoved(record.id, new Date("2026-03-02T18:00:05Z"))
    expect(removed).toMatchObject({ status: "removed", removedAt: "2026-03-02T18:00:05.000Z", failure: null })
  })

  it("finds records by text, poster, platform, rule, status and date", async () => {
    const spam = await archive.recordBeforeRemoval(request(), new Date("2026-03-02T18:00:00Z"))
    await archive.markRemoved(spam.id, new Date("2026-03-02T18:00:05Z"))
    await archive.recordBeforeRemoval(request({ platform: "x", commentText: "I will find where you live", posterName: "@angry", ruleIds: ["harassment-threat"], categories: ["harassment"] }), new Date("2026-07-04T12:00:00Z"))
    expect((await archive.search({ text: "where you live" })).map((r) => r.posterName)).toEqual(["@angry"])
    expect((await archive.search({ text: "jordan" })).map((r) => r.id)).toEqual([spam.id])
    expect(await archive.search({ platform: "instagram" })).toEqual([])
    expect((await archive.search({ ruleId: "harassment-threat" })).length).toBe(1)
    expect((await archive.search({ status: "removed" })).map((r) => r.id)).toEqual([spam.id])
    expect((await archive.search({ from: "2026-07-01", to: "2026-07-31" })).map((r) => r.platform)).toEqual(["x"])
  })

  it("lists records past retention without deleting them", async () => {
    const old = await archive.recordBeforeRemoval(request(), new Date("2023-01-10T00:00:00Z"))
    await archive.markRemoved(old.id, new Date("2023-01-10T00:00:05Z"))
    const recent = await archive.recordBeforeRemoval(request(), new Date("2026-01-10T00:00:00Z"))
    await archive.markRemoved(recent.id, new Date("2026-01-10T00:00:05Z"))
    const due = await archive.dueForDisposal({ years: 2 }, new Date("2026-06-01T00:00:00Z"))
    expect(due.map((r) => r.id)).toEqual([old.id])
    expect(await archive.all()).toHaveLength(2)
  })

  it("disposes only of due records, names who confirmed, and refuses anything still in retention", async () => {
    const old = await archive.recordBeforeRemoval(request(), new Date("2023-01-10T00:00:00Z"))
    await archive.markRemoved(old.id, new Date("2023-01-10T00:00:05Z"))
    const recent = await archive.recordBeforeRemoval(request(), new Date("2026-01-10T00:00:00Z"))
    const now = new Date("2026-06-01T00:00:00Z")
    await expect(archive.dispose([old.id, recent.id], "Clerk Byrne", { years: 2 }, now)).rejects.toBeInstanceOf(NotDueForDisposalError)
    expect(await archive.all()).toHaveLength(2)
    await expect(archive.dispose([old.id], "  ", { years: 2 }, now)).rejects.toThrow(/name/)
    const entry = await archive.dispose([old.id], "Clerk Byrne", { years: 2 }, now)
    expect(entry).toMatchObject({ confirmedBy: "Clerk Byrne", recordIds: [old.id], retentionYears: 2 })
    expect((await archive.all()).map((r) => r.id)).toEqual([recent.id])
    expect(await archive.disposals()).toEqual([entry])
  })

  it("never offers a pending record for disposal, however old", async () => {
    await archive.recordBeforeRemoval(request(), new Date("2019-01-01T00:00:00Z"))
    expect(await archive.dueForDisposal({ years: 2 }, new Date("2026-01-01T00:00:00Z"))).toEqual([])
  })
})
