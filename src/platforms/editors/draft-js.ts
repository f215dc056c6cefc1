// Draft.js (X, Pinterest): every block is div[data-block], and the draft's characters live only
// in span[data-text="true"]; anything else inside the content element is decoration.
import { readContentEditable } from "./contenteditable"
import type { EditorKind } from "./editor-kind"

function isDraftText(node: Text): boolean {
  return node.parentElement?.closest('[data-text="true"]') !== null
}

export const draftJsEditor: EditorKind = {
  id: "draft-js",
  matches: (element) => element.classList.contains("public-DraftEditor-content") || element.closest(".DraftEditor-root") !== null,
  read: (element) => readContentEditable(element, { acceptText: isDraftText })
}
