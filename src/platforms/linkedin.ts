// LinkedIn: the share box (a rich-text contenteditable in the "Create a post" dialog, published by
// its primary "Post" button) and comment boxes (published by their "Comment"/"Reply" button).
// Selectors follow LinkedIn's markup as public extensions target it; no fixture covers them yet.
import type { ComposeTarget, PlatformAdapter } from "./adapter"
import { buttonNamed, countMediaPreviews } from "./dom"

const EDITOR = '[contenteditable="true"][role="textbox"]'
const COMMENT_CONTAINER = ".comments-comment-box, .comments-comment-texteditor, form.comments-comment-box__form"

function composerOf(target: ComposeTarget): Element | null {
  return target.surface === "comment" ? target.element.closest(COMMENT_CONTAINER)?.closest("form") ?? target.element.closest(COMMENT_CONTAINER) : target.element.closest('[role="dialog"]')
}

export const linkedinAdapter: PlatformAdapter = {
  platform: "linkedin",
  findBoxes(root) {
    return Array.from(root.querySelectorAll<HTMLElement>(EDITOR))
      .filter((element) => element.closest(COMMENT_CONTAINER) !== null || element.closest('[role="dialog"]') !== null)
      .map((element) => ({ element, surface: element.closest(COMMENT_CONTAINER) ? ("comment" as const) : ("post" as const) }))
  },
  findSubmit(target) {
    const composer = composerOf(target)
    if (!composer) return null
    if (target.surface === "post") return composer.querySelector<HTMLElement>("button.share-actions__primary-action") ?? buttonNamed(composer, ["Post"])
    return composer.querySelector<HTMLElement>("button.comments-comment-box__submit-button") ?? buttonNamed(composer, ["Comment", "Reply", "Post"])
  },
  submitsWithEnter: () => false,
  isSubmitKey: () => false,
  countAttachments: (target) => countMediaPreviews(composerOf(target))
}
