// A Draft.js editor, the editor X composes with.
import "draft-js/dist/Draft.css"

import { ContentState, Editor, EditorState } from "draft-js"
import { useEffect, useRef, useState } from "react"

import type { LoadRequest } from "./load-request"

export function DraftTextBox({ label, placeholder, load, onText }: { label: string; placeholder: string; load: LoadRequest | null; onText: (text: string) => void }) {
  const [editorState, setEditorState] = useState(() => EditorState.createEmpty())
  const editor = useRef<Editor>(null)
  useEffect(() => {
    if (!load) return
    setEditorState(EditorState.moveFocusToEnd(EditorState.createWithContent(ContentState.createFromText(load.text))))
    onText(load.text)
  }, [load, onText])
  return (
    <div className="pg-mock-editor" data-testid="tweetTextarea_0_label">
      <Editor
        ref={editor}
        editorState={editorState}
        ariaLabel={label}
        placeholder={placeholder}
        webDriverTestID="tweetTextarea_0"
        onChange={(state) => {
          setEditorState(state)
          onText(state.getCurrentContent().getPlainText())
        }}
      />
    </div>
  )
}
