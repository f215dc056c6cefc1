// Editor kinds, most specific first: the editor is recognised before the site (Harper's order).
import { contentEditableEditor } from "./contenteditable"
import { draftJsEditor } from "./draft-js"
import type { EditorKind } from "./editor-kind"
import { lexicalEditor } from "./lexical"
import { textareaEditor } from "./textarea"

export type { DraftReading, EditorKind, EditorKindId } from "./editor-kind"

export const EDITOR_KINDS: readonly EditorKind[] = [lexicalEditor, draftJsEditor, textareaEditor, contentEditableEditor]

export function detectEditor(element: HTMLElement): EditorKind | null {
  return EDITOR_KINDS.find((kind) => kind.matches(element)) ?? null
}
