// The compose guard on Instagram: the caption in the "Create new post" dialog (Lexical, with the
// photo picked first) and a post's comment textarea.
import type { Page } from "playwright-core"

import { describeComposeGuard, useComposeBrowser } from "./compose-guard-suite"
import { SITE } from "./harness"

const sharedBrowser = useComposeBrowser()

async function openCreateDialog(page: Page): Promise<void> {
  await page.click(SITE.instagram.openCreate)
  await page.locator(SITE.instagram.caption).waitFor()
}

describeComposeGuard(sharedBrowser, {
  platform: "instagram",
  surface: "caption",
  describeAs: "Instagram: a caption in the Create new post dialog",
  open: async (browser) => {
    const page = await browser.page("instagram", { fresh: true })
    await openCreateDialog(page)
    return page
  },
  editor: (page) => page.locator(SITE.instagram.caption),
  submit: (page) => page.click(SITE.instagram.share),
  attachmentsAtOpen: 1,
  attachMedia: (page) => page.click("#fixture-attach-media"),
  afterPost: openCreateDialog,
  openBroken: async (browser) => {
    const page = await browser.page("instagram", { path: "/reddingpolice/?broken=no-submit" })
    await openCreateDialog(page)
    return page
  }
})

describeComposeGuard(sharedBrowser, {
  platform: "instagram",
  surface: "comment",
  describeAs: "Instagram: a comment (textarea, Enter posts)",
  open: (browser) => browser.page("instagram", { fresh: true }),
  editor: (page) => page.locator(SITE.instagram.comment),
  submit: (page) => page.click(SITE.instagram.commentPost),
  shortcut: "Enter",
  // The one textarea: its caret and its marks are read differently from the rich editors'.
  only: ["marks", "caret", "stop", "release", "override"]
})
