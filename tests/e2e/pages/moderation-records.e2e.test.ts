// Comment moderation assist on fixture copies of the agency's own pages, and the records page that
// keeps what was removed: flag, retain and remove, a removal broken mid-way, exports, annual review.
import { join } from "node:path"

import type { Locator, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

import { archiveFromCsv, archiveFromJson } from "~/moderation/archive-export"
import type { RemovedComment } from "~/moderation/removed-comment"

import { PROJECT_ROOT } from "../extension-launch"
import { downloadFrom, LAUNCH_TIMEOUT_MS, openExtensionPages, rawMessageKeys, screenshot, STEP_TIMEOUT_MS, type ExtensionPages } from "./pages-kit"

const FIXTURES = join(PROJECT_ROOT, "tests/e2e/fixtures/moderation")
const FACEBOOK_POST = "https://www.facebook.com/ReddingPoliceDepartment/posts/1001"
const X_POST = "https://x.com/ReddingPolice/status/1800000000000000000"
const INSTAGRAM_POST = "https://www.instagram.com/p/C0ffeeK9Rex/"
const MODERATOR = "Sgt. Dana Whitfield"

let pages: ExtensionPages
let platformPage: Page
let records: Page

/** The comment's own element on the platform page, found by what it says. */
const comment = (selector: string, says: string) => platformPage.locator(selector).filter({ hasText: says })

/** PostGuard's flag drawn over a comment: the flag whose box sits on the comment's box. */
async function flagOver(commentElement: Locator): Promise<Locator> {
  const target = await commentElement.boundingBox()
  if (!target) throw new Error("The comment is not on screen")
  const flags = platformPage.locator('[data-pg="comment-flag"]')
  await expect.poll(() => flags.count(), { timeout: STEP_TIMEOUT_MS }).toBeGreaterThan(0)
  await expect
    .poll(async () => {
      for (const box of await flags.evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().toJSON() as DOMRect))) {
        if (Math.abs(box.top - target.y) < 2 && Math.abs(box.left - target.x) < 2) return true
      }
      return false
    })
    .toBe(true)
  const index = await flags.evaluateAll(
    (elements, wanted) => elements.findIndex((element) => Math.abs(element.getBoundingClientRect().top - wanted.y) < 2 && Math.abs(element.getBoundingClientRect().left - wanted.x) < 2),
    target
  )
  return flags.nth(index)
}

/** Opens the flag's details and runs "Retain and remove" as the moderator; waits for the record. */
async function retainAndRemove(flag: Locator, action: "hide" | "delete"): Promise<void> {
  await flag.locator("button.tag").click()
  const form = flag.locator("form")
  await form.locator('input[name="moderator"]').fill(MODERATOR)
  await form.locator('select[name="action"]').selectOption(action)
  await form.locator('button[type="submit"]').click()
  // "Record kept" shows once the archive answered; only then may the comment go.
  await expect.poll(() => flag.locator('[data-pg="moderation-status"]').innerText(), { timeout: STEP_TIMEOUT_MS }).toMatch(/^Record kept/)
}

/** (Re)loads the records page on its archive view, so it reads the archive afresh. */
async function openRecords(): Promise<void> {
  await records.goto(pages.url("tabs/records.html"))
  await records.locator('[data-pg="archive"]').waitFor()
}

const recordRow = (says: string) => records.locator('[data-pg="archive-record"]').filter({ hasText: says })

beforeAll(async () => {
  pages = await openExtensionPages([
    { url: "https://www.facebook.com/**", file: join(FIXTURES, "facebook.html") },
    { url: "https://x.com/**", file: join(FIXTURES, "x.html") },
    { url: "https://www.instagram.com/**", file: join(FIXTURES, "instagram.html") }
  ])
  platformPage = await pages.extension.context.newPage()
  records = await pages.extension.context.newPage()
}, LAUNCH_TIMEOUT_MS)

afterAll(async () => {
  await pages?.close()
})

describe("moderation assist on a Facebook page post", () => {
  const spam = () => comment('[role="article"]', "promo code COP50")
  const offTopic = () => comment('[role="article"]', "transmission rebuilt")

  it("flags the commercial and the off-topic comments with their clause, and leaves the friendly one alone", async () => {
    await platformPage.goto(FACEBOOK_POST)
    const spamFlag = await flagOver(spam())
    await expect(spamFlag.getAttribute("data-rule-ids")).resolves.toContain("commerce-promotion")
    const offTopicFlag = await flagOver(offTopic())
    await expect(offTopicFlag.getAttribute("data-rule-ids")).resolves.toContain("comment-off-topic")
    const friendly = await comment('[role="article"]', "see you Thursday").boundingBox()
    const flagTops = await platformPage.locator('[data-pg="comment-flag"]').evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().top))
    expect(flagTops.some((top) => Math.abs(top - friendly!.y) < 2)).toBe(false)

    await spamFlag.locator("button.tag").click()
    const details = spamFlag.locator(".details")
    await expect(details.isVisible()).resolves.toBe(true)
    await expect(details.locator(".clause").first().innerText()).resolves.toMatch(/City policy.*commerce/i)
    await screenshot(platformPage, "moderation-facebook-flagged")
    await spamFlag.locator("button.tag").click()
  })

  it("archives the comment before removal and marks it removed once the platform deletes it", async () => {
    const spamFlag = await flagOver(spam())
    await retainAndRemove(spamFlag, "delete")
    await spam().getByRole("button", { name: "Delete" }).click()
    await expect.poll(() => spamFlag.locator('[data-pg="moderation-status"]').innerText()).toMatch(/^Removed and archived/)

    await openRecords()
    const row = recordRow("promo code COP50")
    await expect.poll(() => row.getAttribute("data-status")).toBe("removed")
    const text = await row.innerText()
    expect(text).toContain("Spam Seller")
    expect(text).toContain(MODERATOR)
    expect(text).toContain("commerce-promotion")
  })

  it("keeps a complete pending record when the page reloads after recording, before the delete", async () => {
    await platformPage.goto(FACEBOOK_POST)
    await retainAndRemove(await flagOver(offTopic()), "delete")
    await platformPage.reload()
    await expect(offTopic().isVisible()).resolves.toBe(true)

    await openRecords()
    const row = recordRow("transmission rebuilt")
    await expect.poll(() => row.getAttribute("data-status")).toBe("pending")
    const text = await row.innerText()
    expect(text).toContain("Truck Owner")
    expect(text).toContain(MODERATOR)
    expect(text).toContain("comment-off-topic")
    await expect(row.getByRole("link").first().getAttribute("href")).resolves.toMatch(/facebook\.com/)
    await screenshot(records, "records-archive")
    expect(await rawMessageKeys(records)).toEqual([])
  })
})

describe("moderation assist on X and Instagram", () => {
  it("hides an X reply that sells a product and records it as removed", async () => {
    await platformPage.goto(X_POST)
    const reply = comment('article[data-testid="tweet"]', "radar jammer")
    const flag = await flagOver(reply)
    await expect(flag.getAttribute("data-rule-ids")).resolves.toContain("commerce-promotion")
    await retainAndRemove(flag, "hide")
    await reply.getByRole("button", { name: "Hide reply" }).click()
    await expect.poll(() => flag.locator('[data-pg="moderation-status"]').innerText()).toMatch(/^Removed and archived/)
    await screenshot(platformPage, "moderation-x-removed")
  })

  it("flags an Instagram comment selling followers and leaves the friendly one alone", async () => {
    await platformPage.goto(INSTAGRAM_POST)
    const flag = await flagOver(comment("ul li", "10k followers"))
    await expect(flag.getAttribute("data-rule-ids")).resolves.toContain("commerce-promotion")
    await expect(platformPage.locator('[data-pg="comment-flag"]').count()).resolves.toBe(1)
    await screenshot(platformPage, "moderation-instagram-flagged")
  })
})

describe("records page", () => {
  let archived: RemovedComment[]

  it("exports the archive as JSON and CSV that read back to the same records", async () => {
    await openRecords()
    await expect.poll(() => records.locator('[data-pg="archive-record"]').count()).toBe(3)
    const json = await downloadFrom(records, () => records.getByRole("button", { name: /json/i }).click())
    expect(json.filename).toMatch(/^removed-comments-\d{4}-\d{2}-\d{2}\.json$/)
    archived = archiveFromJson(json.text)
    expect(archived.map((record) => record.status).sort()).toEqual(["pending", "removed", "removed"])
    const spamRecord = archived.find((record) => record.commentText.includes("promo code COP50"))
    expect(spamRecord).toMatchObject({
      platform: "facebook",
      postUrl: FACEBOOK_POST,
      posterName: "Spam Seller",
      posterProfileUrl: "https://www.facebook.com/spam.seller",
      postedAt: "2026-03-02T17:04:00.000Z",
      moderator: MODERATOR,
      action: "delete",
      status: "removed"
    })
    expect(spamRecord?.removedAt).not.toBeNull()

    const csv = await downloadFrom(records, () => records.getByRole("button", { name: /csv/i }).click())
    expect(csv.filename).toMatch(/^removed-comments-\d{4}-\d{2}-\d{2}\.csv$/)
    expect(archiveFromCsv(csv.text)).toEqual(archived)
  })

  it("shows the removed comments in this year's annual review", async () => {
    await openRecords()
    await records.getByRole("tab", { name: /annual review/i }).click()
    const review = records.locator('[data-pg="annual-review"]')
    await review.waitFor()
    const removedThisYear = archived.filter((record) => record.status === "removed").length
    await expect(review.locator('[data-pg="review-total"][data-kind="removed"] strong').innerText()).resolves.toBe(String(removedThisYear))
    await expect(review.innerText()).resolves.toContain("commerce-promotion")
    await screenshot(records, "records-annual-review")
    expect(await rawMessageKeys(records)).toEqual([])
  })
})
