// Small DOM questions the site adapters share.
import type { Attachments } from "~/engine/types"

export const EDITABLE_SELECTOR = '[contenteditable="true"], textarea'

/** The nearest ancestor (up to `maxDepth` levels) that contains an element matching `selector`. */
export function ancestorContaining(element: Element, selector: string, maxDepth = 12): Element | null {
  let current: Element | null = element.parentElement
  for (let depth = 0; current && depth < maxDepth; depth += 1, current = current.parentElement) {
    if (current.querySelector(selector)) return current
  }
  return null
}

function accessibleName(element: Element): string {
  return (element.getAttribute("aria-label") ?? element.textContent ?? "").replace(/\s+/g, " ").trim()
}

/** A button (or div[role=button]) in `root` whose label or text is one of `names`. */
export function buttonNamed(root: ParentNode, names: readonly string[]): HTMLElement | null {
  const wanted = new Set(names.map((name) => name.toLowerCase()))
  for (const candidate of Array.from(root.querySelectorAll<HTMLElement>('button, [role="button"], input[type="submit"]'))) {
    const name = candidate instanceof HTMLInputElement ? candidate.value : accessibleName(candidate)
    if (wanted.has(name.toLowerCase())) return candidate
  }
  return null
}

/** Previews of media the member attached (local blob:/data: images and videos), not avatars or icons. */
export function countMediaPreviews(root: ParentNode | null, selectorScope = ""): Attachments {
  if (!root) return { images: 0, videos: 0 }
  const scope = selectorScope ? `${selectorScope} ` : ""
  const images = root.querySelectorAll(`${scope}img[src^="blob:"], ${scope}img[src^="data:"]`).length
  const videos = root.querySelectorAll(`${scope}video`).length
  return { images, videos }
}

export function isPlainEnter(event: KeyboardEvent): boolean {
  return event.key === "Enter" && !event.shiftKey && !event.ctrlKey && !event.metaKey && !event.altKey && !event.isComposing
}

export function isModifierEnter(event: KeyboardEvent): boolean {
  return event.key === "Enter" && (event.ctrlKey || event.metaKey) && !event.isComposing
}

export function metaContent(document: Document, property: string): string | undefined {
  const value = document.querySelector(`meta[property="${property}"], meta[name="${property}"]`)?.getAttribute("content")?.trim()
  return value || undefined
}

export function textOf(element: Element | null): string | undefined {
  const text = element?.textContent?.replace(/\s+/g, " ").trim()
  return text || undefined
}
