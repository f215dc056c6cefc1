// Facebook: Lexical boxes. The page-post composer lives in the "Create post" dialog and is
// published by its "Post" button; comment and reply boxes publish on Enter.
import type { ComposeTarget, PlatformAdapter } from "./adapter"
import { buttonNamed, countMediaPreviews, isPlainEnter, metaContent, textOf } from "./dom"

const LEXICAL_BOX = 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]'
const POST_BUTTON_NAMES = ["Post", "Publish", "Share now"]
const COMMENT_BUTTON_NAMES = ["Comment", "Reply", "Post comment", "Submit your comment"]

function labelOf(element: HTMLElement): string {
  return `${element.getAttribute("aria-label") ?? ""} ${element.getAttribute("aria-placeholder") ?? ""}`
}

/** Messenger chat boxes are private messages, not posts: PostGuard leaves them alone. */
function isChatBox(element: HTMLElement): boolean {
  return /\bmessage\b/i.test(labelOf(element)) && !/comment|reply|mind/i.test(labelOf(element))
}

function surfaceOf(element: HTMLElement): ComposeTarget["surface"] {
  const label = labelOf(element)
  if (/reply/i.test(label)) return "reply"
  if (/comment|respond/i.test(label) || element.closest("form")) return "comment"
  return "post"
}

function composerOf(target: ComposeTarget): Element | null {
  return target.surface === "post" ? target.element.closest('[role="dialog"]') : target.element.closest("form")
}

export const facebookAdapter: PlatformAdapter = {
  platform: "facebook",
  findBoxes(root) {
    return Array.from(root.querySelectorAll<HTMLElement>(LEXICAL_BOX))
      .filter((element) => !isChatBox(element))
      .map((element) => ({ element, surface: surfaceOf(element) }))
  },
  findSubmit(target) {
    const composer = composerOf(target)
    if (!composer) return null
    return buttonNamed(composer, target.surface === "post" ? POST_BUTTON_NAMES : COMMENT_BUTTON_NAMES)
  },
  submitsWithEnter: (target) => target.surface !== "post",
  isSubmitKey: (event, target) => target.surface !== "post" && isPlainEnter(event),
  countAttachments: (target) => countMediaPreviews(composerOf(target)),
  readProfile(document) {
    const about = textOf(document.querySelector('[data-pagelet="ProfileTilesFeed_0"] span, [data-pagelet*="Intro"] span')) ?? metaContent(document, "og:description")
    const links = Array.from(document.querySelectorAll<HTMLAnchorElement>('[data-pagelet*="Intro"] a[href], [data-pagelet="ProfileTilesFeed_0"] a[href]'))
      .map((anchor) => unwrapFacebookRedirect(anchor.href))
      .filter((href) => !/^https?:\/\/(www\.)?facebook\.com\//.test(href))
    const pageName = textOf(document.querySelector('[role="main"] h1')) ?? metaContent(document, "og:title")
    if (!about && !pageName && links.length === 0) return null
    return { platform: "facebook", ...(pageName ? { pageName } : {}), ...(about ? { about } : {}), links }
  }
}

/** Facebook sends outbound links through l.facebook.com/l.php?u=<target>. */
export function unwrapFacebookRedirect(href: string): string {
  try {
    const url = new URL(href)
    if (url.hostname === "l.facebook.com" && url.searchParams.get("u")) return url.searchParams.get("u") as string
    return href
  } catch {
    return href
  }
}
