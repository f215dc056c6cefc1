// The fixture sites themselves, without PostGuard: every surface posts what was typed, so a post
// the guard tests see stopped was stopped by the guard and not by a broken fixture.
import { afterAll, beforeAll, describe, expect, it } from "vitest"

import { openComposeBrowser, postsOf, SITE, typeInto, type ComposeBrowser } from "./harness"

let browser: ComposeBrowser

beforeAll(async () => {
  browser = await openComposeBrowser({ withExtension: false })
})

afterAll(async () => {
  await browser?.close()
})

describe("Facebook fixture (Lexical)", () => {
  it("posts the composer's text with its attached photo when Post is clicked", async () => {
    const page = await browser.page("facebook", { fresh: true })
    await typeInto(page, page.locator(SITE.facebook.composer), "Coffee with a Cop is Thursday.")
    await page.click("#fixture-attach-media")
    await expect.poll(() => page.locator('[role="dialog"] img[src^="blob:"]').count()).toBe(1)
    await page.click(SITE.facebook.composerPost)
    expect(await postsOf(page)).toEqual([{ surface: "post", text: "Coffee with a Cop is Thursday.", attachments: 1 }])
    await expect.poll(() => page.locator(SITE.facebook.composer).textContent()).toBe("")
  })

  it("posts a comment on Enter and a reply from a box opened after load", async () => {
    const page = await browser.page("facebook", { fresh: true })
    await typeInto(page, page.locator(SITE.facebook.comment), "See you there")
    await page.keyboard.press("Enter")
    expect(await page.locator(SITE.facebook.reply).count()).toBe(0)
    await page.click("#fixture-add-box")
    await typeInto(page, page.locator(SITE.facebook.reply), "Yes, the K9 unit will be there")
    await page.keyboard.press("Enter")
    expect(await postsOf(page)).toEqual([
      { surface: "comment", text: "See you there", attachments: 0 },
      { surface: "reply", text: "Yes, the K9 unit will be there", attachments: 0 }
    ])
  })

  it("has no Post button in its broken variant", async () => {
    const page = await browser.page("facebook", { path: "/ReddingPoliceDepartment?broken=no-submit" })
    await expect.poll(() => page.locator(SITE.facebook.composer).count()).toBe(1)
    expect(await page.locator(SITE.facebook.composerPost).count()).toBe(0)
  })
})

describe("X fixture (Draft.js)", () => {
  it("renders Draft.js editors with X's test ids and role", async () => {
    const page = await browser.page("x", { fresh: true })
    const editor = page.locator(SITE.x.inline)
    expect(await editor.getAttribute("role")).toBe("textbox")
    expect(await editor.getAttribute("contenteditable")).toBe("true")
    expect(await page.locator(`.DraftEditor-root [data-testid="tweetTextarea_0"]`).count()).toBe(1)
  })

  it("posts the inline box with Ctrl+Enter and with the Post button", async () => {
    const page = await browser.page("x", { fresh: true })
    await typeInto(page, page.locator(SITE.x.inline), "Hilltop Dr is open again.")
    await page.keyboard.press("Control+Enter")
    await typeInto(page, page.locator(SITE.x.inline), "Thanks for your patience.")
    await page.click(SITE.x.inlinePost)
    expect(await postsOf(page)).toEqual([
      { surface: "inline", text: "Hilltop Dr is open again.", attachments: 0 },
      { surface: "inline", text: "Thanks for your patience.", attachments: 0 }
    ])
  })

  it("posts from the compose dialog opened after load, with attachments shown in [data-testid=attachments]", async () => {
    const page = await browser.page("x", { fresh: true })
    await page.click(SITE.x.openDialog)
    await typeInto(page, page.locator(SITE.x.dialog), "Photos from National Night Out")
    await page.click("#fixture-attach-media-dialog")
    await expect.poll(() => page.locator('[role="dialog"] [data-testid="attachments"] img[src^="blob:"]').count()).toBe(1)
    await page.click(SITE.x.dialogPost)
    expect(await postsOf(page)).toEqual([{ surface: "dialog", text: "Photos from National Night Out", attachments: 1 }])
  })

  it("posts a reply on a post's page", async () => {
    const page = await browser.page("x", { path: "/ReddingPolice/status/1790000000000000001" })
    await typeInto(page, page.locator(SITE.x.inline), "It reopened at 2:45 p.m.")
    await page.click(SITE.x.inlinePost)
    expect(await postsOf(page)).toEqual([{ surface: "reply", text: "It reopened at 2:45 p.m.", attachments: 0 }])
  })
})

describe("Instagram fixture (Lexical caption, textarea comments)", () => {
  it("shares a caption with the photo picked before it", async () => {
    const page = await browser.page("instagram", { fresh: true })
    expect(await page.locator(SITE.instagram.caption).count()).toBe(0)
    await page.click(SITE.instagram.openCreate)
    await expect.poll(() => page.locator('[role="dialog"] img[src^="blob:"]').count()).toBe(1)
    await typeInto(page, page.locator(SITE.instagram.caption), "National Night Out was a blast")
    await page.click(SITE.instagram.share)
    expect(await postsOf(page)).toEqual([{ surface: "caption", text: "National Night Out was a blast", attachments: 1 }])
  })

  it("posts a comment on Enter and on its Post button", async () => {
    const page = await browser.page("instagram", { fresh: true })
    await typeInto(page, page.locator(SITE.instagram.comment), "Thank you all")
    await page.keyboard.press("Enter")
    await typeInto(page, page.locator(SITE.instagram.comment), "See you next year")
    await page.click(SITE.instagram.commentPost)
    expect(await postsOf(page)).toEqual([
      { surface: "comment", text: "Thank you all", attachments: 0 },
      { surface: "comment", text: "See you next year", attachments: 0 }
    ])
  })
})
