// The compose guard on X: the home timeline's inline box, the compose dialog and a reply (Draft.js).
import { describeComposeGuard, useComposeBrowser } from "./compose-guard-suite"
import { SITE } from "./harness"

const sharedBrowser = useComposeBrowser()

describeComposeGuard(sharedBrowser, {
  platform: "x",
  surface: "post",
  describeAs: "X: the home timeline's inline box",
  open: (browser) => browser.page("x", { path: "/home" }),
  editor: (page) => page.locator(SITE.x.inline),
  submit: (page) => page.click(SITE.x.inlinePost),
  shortcut: "Control+Enter",
  attachMedia: (page) => page.click("#fixture-attach-media"),
  addBoxAfterLoad: async (page) => {
    await page.click(SITE.x.openDialog)
    return page.locator(SITE.x.dialog)
  },
  openBroken: (browser) => browser.page("x", { path: "/home?broken=no-submit" })
})

describeComposeGuard(sharedBrowser, {
  platform: "x",
  surface: "reply",
  describeAs: "X: replying on a post's page (twitter.com)",
  open: (browser) => browser.page("x", { path: "https://twitter.com/ReddingPolice/status/1790000000000000001" }),
  editor: (page) => page.locator(SITE.x.inline),
  submit: (page) => page.click(SITE.x.inlinePost),
  shortcut: "Meta+Enter",
  only: ["marks", "stop", "release"]
})
