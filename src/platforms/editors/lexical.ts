// Lexical (Facebook, Instagram): paragraphs are blocks, LineBreakNodes are <br>, decorators are
// contenteditable=false islands whose text is not part of the draft.
import { readContentEditable } from "./contenteditable"
import type { EditorKind } from "./editor-kind"

export const lexicalEditor: EditorKind = {
  id: "lexical",
  matches: (element) => element.getAttribute("data-lexical-editor") === "true",
  read: (element) => readContentEditable(element)
}
