// Textareas (Instagram comments, generic forms): the text is the value; positions come from a
// hidden mirror laid out like the textarea, inside PostGuard's own overlay.
import type { DraftReading, EditorKind } from "./editor-kind"

const MIRRORED_STYLES = [
  "boxSizing",
  "width",
  "height",
  "paddingTop",
  "paddingRight",
  "paddingBottom",
  "paddingLeft",
  "borderTopWidth",
  "borderRightWidth",
  "borderBottomWidth",
  "borderLeftWidth",
  "borderStyle",
  "fontFamily",
  "fontSize",
  "fontWeight",
  "fontStyle",
  "fontVariant",
  "letterSpacing",
  "lineHeight",
  "textTransform",
  "textIndent",
  "tabSize",
  "wordSpacing"
] as const

function measureTextarea(textarea: HTMLTextAreaElement, scratch: ParentNode, start: number, end: number): DOMRect[] {
  const view = textarea.ownerDocument.defaultView
  if (!view) return []
  const box = textarea.getBoundingClientRect()
  if (box.width === 0 && box.height === 0) return []
  const computed = view.getComputedStyle(textarea)
  const mirror = textarea.ownerDocument.createElement("div")
  for (const property of MIRRORED_STYLES) mirror.style[property] = computed[property]
  Object.assign(mirror.style, {
    position: "fixed",
    left: `${box.left}px`,
    top: `${box.top}px`,
    visibility: "hidden",
    whiteSpace: "pre-wrap",
    overflowWrap: "break-word",
    overflow: "hidden",
    pointerEvents: "none"
  })
  const textNode = textarea.ownerDocument.createTextNode(textarea.value)
  mirror.append(textNode)
  scratch.appendChild(mirror)
  try {
    const range = textarea.ownerDocument.createRange()
    range.setStart(textNode, Math.min(start, textNode.length))
    range.setEnd(textNode, Math.min(end, textNode.length))
    return Array.from(range.getClientRects())
      .filter((rect) => rect.width > 0 && rect.height > 0)
      .map((rect) => new DOMRect(rect.left - textarea.scrollLeft, rect.top - textarea.scrollTop, rect.width, rect.height))
      .filter((rect) => rect.bottom > box.top && rect.top < box.bottom)
  } finally {
    mirror.remove()
  }
}

export const textareaEditor: EditorKind = {
  id: "textarea",
  matches: (element) => element.tagName === "TEXTAREA",
  read(element, scratch): DraftReading {
    const textarea = element as HTMLTextAreaElement
    return {
      text: textarea.value,
      rectsFor: (start, end) => (scratch ? measureTextarea(textarea, scratch, start, end) : [])
    }
  }
}
