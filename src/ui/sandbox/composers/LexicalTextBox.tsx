// A plain-text Lexical editor, the editor Facebook and Instagram compose with.
import { LexicalComposer } from "@lexical/react/LexicalComposer"
import { useLexicalComposerContext } from "@lexical/react/LexicalComposerContext"
import { ContentEditable } from "@lexical/react/LexicalContentEditable"
import { LexicalErrorBoundary } from "@lexical/react/LexicalErrorBoundary"
import { HistoryPlugin } from "@lexical/react/LexicalHistoryPlugin"
import { OnChangePlugin } from "@lexical/react/LexicalOnChangePlugin"
import { PlainTextPlugin } from "@lexical/react/LexicalPlainTextPlugin"
import { $createParagraphNode, $createTextNode, $getRoot } from "lexical"
import { useEffect } from "react"

import type { LoadRequest } from "./load-request"

/** Replaces the editor's text when the trainer loads a scenario (an explicit click, never on its own). */
function LoadTextPlugin({ request }: { request: LoadRequest | null }) {
  const [editor] = useLexicalComposerContext()
  useEffect(() => {
    if (!request) return
    editor.update(() => {
      const root = $getRoot()
      root.clear()
      for (const line of request.text.split("\n")) {
        const paragraph = $createParagraphNode()
        if (line) paragraph.append($createTextNode(line))
        root.append(paragraph)
      }
      root.selectEnd()
    })
    editor.focus()
  }, [editor, request])
  return null
}

export function LexicalTextBox({ label, placeholder, load, onText }: { label: string; placeholder: string; load: LoadRequest | null; onText: (text: string) => void }) {
  return (
    <LexicalComposer
      initialConfig={{
        namespace: `sandbox-${label}`,
        onError: (error: Error) => console.error(error),
        editorState: () => $getRoot().append($createParagraphNode())
      }}>
      <div className="pg-mock-editor">
        <PlainTextPlugin
          contentEditable={<ContentEditable className="pg-mock-input" role="textbox" aria-label={label} aria-placeholder={placeholder} placeholder={<div className="pg-mock-placeholder">{placeholder}</div>} />}
          ErrorBoundary={LexicalErrorBoundary}
        />
      </div>
      <HistoryPlugin />
      <OnChangePlugin onChange={(state) => state.read(() => onText($getRoot().getTextContent()))} />
      <LoadTextPlugin request={load} />
    </LexicalComposer>
  )
}
