// The compose guard on Facebook: the Page's "Create post" dialog and its comment / reply boxes (Lexical).
import type { Page } from "playwright-core"

import { describeComposeGuard, useComposeBrowser } from "./compose-guard-suite"
import { SITE } from "./harness"

const sharedBrowser = useComposeBrowser()

describeComposeGuard(sharedBrowser, {
  platform: "facebook",
  surface: "post",
  describeAs: "Facebook: the Create post dialog",
  open: (browser) => browser.page("facebook", { fresh: true }),
  editor: (page) => page.locator(SITE.facebook.composer),
  submit: (page) => page.click(SITE.facebook.composerPost),
  attachMedia: (page) => page.click("#fixture-attach-media"),
  openBroken: (browser) => browser.page("facebook", { path: "/ReddingPoliceDepartment?broken=no-submit" })
})

async function pressEnterIn(page: Page, selector: string): Promise<void> {
  await page.locator(selector).focus()
  await page.keyboard.press("Enter")
}

describeComposeGuard(sharedBrowser, {
  platform: "facebook",
  surface: "comment",
  describeAs: "Facebook: a comment box (Enter posts)",
  open: (browser) => browser.page("facebook", { fresh: true }),
  editor: (page) => page.locator(SITE.facebook.comment),
  submit: (page) => pressEnterIn(page, SITE.facebook.comment),
  // Same editor as the composer: what differs here is Enter as the submit and the box added later.
  only: ["marks", "stop", "release", "override", "addBox"],
  addBoxAfterLoad: async (page) => {
    await page.click("#fixture-add-box")
    return page.locator(SITE.facebook.reply)
  }
})
