// Instagram: the caption (Lexical) in the create-post dialog, published by "Share"; comment
// textareas in a form, published by "Post" or Enter.
import type { ComposeTarget, PlatformAdapter } from "./adapter"
import { ancestorContaining, buttonNamed, countMediaPreviews, isPlainEnter, metaContent, textOf } from "./dom"

const CAPTION_BOX = 'div[contenteditable="true"][role="textbox"][aria-label^="Write a caption"]'
const COMMENT_BOX = 'textarea[aria-label^="Add a comment"]'

/** The create dialog (or, where the caption is not in a dialog, the nearest block holding a button). */
function composerOf(target: ComposeTarget): Element | null {
  if (target.surface === "comment") return target.element.closest("form")
  return target.element.closest('[role="dialog"]') ?? ancestorContaining(target.element, '[role="button"]', 6)
}

export const instagramAdapter: PlatformAdapter = {
  platform: "instagram",
  findBoxes(root) {
    return [
      ...Array.from(root.querySelectorAll<HTMLElement>(CAPTION_BOX)).map((element) => ({ element, surface: "caption" as const })),
      ...Array.from(root.querySelectorAll<HTMLElement>(COMMENT_BOX)).map((element) => ({ element, surface: "comment" as const }))
    ]
  },
  findSubmit(target) {
    const composer = composerOf(target)
    return composer ? buttonNamed(composer, target.surface === "caption" ? ["Share"] : ["Post"]) : null
  },
  submitsWithEnter: (target) => target.surface === "comment",
  isSubmitKey: (event, target) => target.surface === "comment" && isPlainEnter(event),
  countAttachments: (target) => (target.surface === "caption" ? countMediaPreviews(composerOf(target)) : { images: 0, videos: 0 }),
  readProfile(document) {
    const header = document.querySelector("header section") ?? document.querySelector("header")
    const pageName = textOf(header?.querySelector("h2, h1") ?? null) ?? metaContent(document, "og:title")
    const about = textOf(header?.querySelector("h1 + div, div > span[dir='auto']") ?? null) ?? metaContent(document, "description")
    const links = Array.from(header?.querySelectorAll<HTMLAnchorElement>('a[href*="l.instagram.com"], a[rel~="nofollow"]') ?? []).map((anchor) => textOf(anchor) ?? anchor.href)
    if (!about && !pageName && links.length === 0) return null
    return { platform: "instagram", ...(pageName ? { pageName } : {}), ...(about ? { about } : {}), links }
  }
}
