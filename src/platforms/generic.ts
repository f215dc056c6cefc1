// The fallback for compose boxes no site adapter knows: a textarea or rich-text box the member
// focuses, published by a nearby button named like a post button (or its form's submit button).
import type { ComposeTarget, PlatformAdapter } from "./adapter"
import { ancestorContaining, buttonNamed, countMediaPreviews, isModifierEnter } from "./dom"

const POST_NAMES = ["Post", "Share", "Reply", "Comment", "Publish", "Send", "Tweet", "Submit"]
const BUTTONS = 'button, [role="button"], input[type="submit"]'

function composerOf(target: ComposeTarget): Element | null {
  return target.element.closest("form") ?? target.element.closest('[role="dialog"]') ?? ancestorContaining(target.element, BUTTONS, 6)
}

export const genericAdapter: PlatformAdapter = {
  platform: "generic",
  findBoxes: () => [],
  claimFocused(element) {
    const isTextarea = element.tagName === "TEXTAREA"
    const isRichBox = element.getAttribute("contenteditable") === "true" && element.getAttribute("role") === "textbox"
    if (!isTextarea && !isRichBox) return null
    return { element, surface: element.closest("form") ? "comment" : "post" }
  },
  findSubmit(target) {
    const composer = composerOf(target)
    if (!composer) return null
    return composer.querySelector<HTMLElement>('button[type="submit"], input[type="submit"]') ?? buttonNamed(composer, POST_NAMES)
  },
  submitsWithEnter: () => false,
  isSubmitKey: (event) => isModifierEnter(event),
  countAttachments: (target) => countMediaPreviews(composerOf(target))
}
