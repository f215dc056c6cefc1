// How an editor exposes its text: what the draft says and where a span of it is on screen.
export type EditorKindId = "lexical" | "draft-js" | "textarea" | "contenteditable"

export interface DraftReading {
  text: string
  /** Viewport rectangles covering draft offsets [start, end); empty when off-screen or unmapped. */
  rectsFor(start: number, end: number): DOMRect[]
}

export interface EditorKind {
  id: EditorKindId
  matches(element: HTMLElement): boolean
  /** `scratch` is where a kind may put throwaway measuring elements (never the host page). */
  read(element: HTMLElement, scratch?: ParentNode): DraftReading
}
