// Plain contenteditable boxes (and the base the editor-specific kinds share).
import type { DraftReading, EditorKind } from "./editor-kind"
import { buildTextMap, rangeForOffsets, type TextMapOptions } from "./text-map"

export function readContentEditable(element: HTMLElement, options?: TextMapOptions): DraftReading {
  const map = buildTextMap(element, options)
  return {
    text: map.text,
    rectsFor(start, end) {
      const range = rangeForOffsets(map, start, end)
      return range ? Array.from(range.getClientRects()).filter((rect) => rect.width > 0 && rect.height > 0) : []
    }
  }
}

export const contentEditableEditor: EditorKind = {
  id: "contenteditable",
  matches: (element) => element.isContentEditable || element.getAttribute("contenteditable") === "true",
  read: (element) => readContentEditable(element)
}
