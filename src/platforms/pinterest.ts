// Pinterest: the pin builder's description (a Draft.js editor) published by "Publish", and comment
// boxes published by "Post" or Enter. Selectors follow Pinterest's data-test-id attributes as
// public extensions target them; no fixture covers them yet.
import type { ComposeTarget, PlatformAdapter } from "./adapter"
import { ancestorContaining, buttonNamed, countMediaPreviews, isPlainEnter } from "./dom"

const DESCRIPTION_BOX = '[data-test-id="pin-draft-description"] [contenteditable="true"], [data-test-id="editor-with-mentions"] [contenteditable="true"]'
const COMMENT_BOX = '[data-test-id="comment-editor-container"] [contenteditable="true"]'
const PUBLISH = '[data-test-id="board-dropdown-save-button"], [data-test-id="storyboard-creation-nav-done"]'

export const pinterestAdapter: PlatformAdapter = {
  platform: "pinterest",
  findBoxes(root) {
    const comments = new Set(Array.from(root.querySelectorAll<HTMLElement>(COMMENT_BOX)))
    return [
      ...Array.from(root.querySelectorAll<HTMLElement>(DESCRIPTION_BOX))
        .filter((element) => !comments.has(element))
        .map((element) => ({ element, surface: "post" as const })),
      ...Array.from(comments).map((element) => ({ element, surface: "comment" as const }))
    ]
  },
  findSubmit(target: ComposeTarget) {
    if (target.surface === "comment") {
      const container = target.element.closest('[data-test-id="comment-editor-container"]')
      return container ? buttonNamed(container.parentElement ?? container, ["Post", "Done"]) : null
    }
    const builder = ancestorContaining(target.element, PUBLISH, 20)
    return builder?.querySelector<HTMLElement>(PUBLISH) ?? null
  },
  submitsWithEnter: (target) => target.surface === "comment",
  isSubmitKey: (event, target) => target.surface === "comment" && isPlainEnter(event),
  countAttachments: (target) => (target.surface === "post" ? countMediaPreviews(ancestorContaining(target.element, PUBLISH, 20)) : { images: 0, videos: 0 })
}
