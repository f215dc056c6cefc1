// X (and twitter.com): Draft.js boxes data-testid="tweetTextarea_N"; the composer's post button is
// tweetButton (dialog) or tweetButtonInline (timeline, replies); Ctrl/Cmd+Enter also posts.
import type { ComposeTarget, PlatformAdapter } from "./adapter"
import { ancestorContaining, isModifierEnter, textOf } from "./dom"

const TWEET_BOX = '[data-testid^="tweetTextarea_"][contenteditable="true"]'
const POST_BUTTONS = '[data-testid="tweetButton"], [data-testid="tweetButtonInline"]'

function composerOf(target: ComposeTarget): Element | null {
  return ancestorContaining(target.element, POST_BUTTONS)
}

function surfaceOf(element: HTMLElement): ComposeTarget["surface"] {
  const placeholder = element.closest(".DraftEditor-root")?.querySelector(".public-DraftEditorPlaceholder-root")?.textContent ?? ""
  return /reply/i.test(`${placeholder} ${element.getAttribute("aria-label") ?? ""}`) ? "reply" : "post"
}

export const xAdapter: PlatformAdapter = {
  platform: "x",
  findBoxes(root) {
    return Array.from(root.querySelectorAll<HTMLElement>(TWEET_BOX)).map((element) => ({ element, surface: surfaceOf(element) }))
  },
  findSubmit: (target) => composerOf(target)?.querySelector<HTMLElement>(POST_BUTTONS) ?? null,
  submitsWithEnter: () => false,
  isSubmitKey: (event) => isModifierEnter(event),
  countAttachments(target) {
    const composer = composerOf(target)
    return {
      images: composer?.querySelectorAll('[data-testid="attachments"] img').length ?? 0,
      videos: composer?.querySelectorAll('[data-testid="attachments"] video').length ?? 0
    }
  },
  readProfile(document) {
    const about = textOf(document.querySelector('[data-testid="UserDescription"]'))
    const pageName = textOf(document.querySelector('[data-testid="UserName"] span'))
    const category = textOf(document.querySelector('[data-testid="UserProfessionalCategory"]'))
    const links = Array.from(document.querySelectorAll<HTMLAnchorElement>('[data-testid="UserUrl"]')).map((anchor) => textOf(anchor) ?? anchor.href)
    if (!about && !pageName && links.length === 0) return null
    return { platform: "x", ...(pageName ? { pageName } : {}), ...(about ? { about } : {}), ...(category ? { category } : {}), links }
  }
}
