// Reads a contenteditable's text the way its editor models it (one "\n" between blocks and per
// line break) and keeps, for every text node, where it sits in that text, so a span of the draft
// (UTF-16 offsets) maps back to a DOM Range without touching the editor.

export interface TextSegment {
  node: Text
  /** Offset of the node's first character in the draft text. */
  start: number
}

export interface TextMap {
  text: string
  segments: TextSegment[]
}

const BLOCK_TAGS = new Set([
  "P",
  "DIV",
  "LI",
  "UL",
  "OL",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "BLOCKQUOTE",
  "PRE",
  "TABLE",
  "TR",
  "SECTION",
  "ARTICLE"
])

export interface TextMapOptions {
  /** Keeps only text nodes the editor owns (Draft.js: inside [data-text="true"]). */
  acceptText?: (node: Text) => boolean
}

function isBlock(element: Element): boolean {
  return BLOCK_TAGS.has(element.tagName)
}

/** A <br> with nothing after it in its block is the placeholder editors put in empty or trailing lines. */
function isLastInBlock(br: Element, root: Element): boolean {
  let node: Node = br
  while (node !== root) {
    for (let sibling = node.nextSibling; sibling; sibling = sibling.nextSibling) {
      if (sibling.nodeType === 1 || (sibling.nodeType === 3 && (sibling as Text).data.length > 0)) return false
    }
    const parent = node.parentNode
    if (!parent || parent === root || (parent.nodeType === 1 && isBlock(parent as Element))) return true
    node = parent
  }
  return true
}

export function buildTextMap(root: Element, options: TextMapOptions = {}): TextMap {
  const segments: TextSegment[] = []
  let text = ""
  // True until the current block holds something: nested block wrappers then add one break, not two.
  let atBlockStart = true

  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      const textNode = node as Text
      if (textNode.data.length === 0 || (options.acceptText && !options.acceptText(textNode))) return
      segments.push({ node: textNode, start: text.length })
      text += textNode.data
      atBlockStart = false
      return
    }
    if (node.nodeType !== 1) return
    const element = node as Element
    if (element.getAttribute("contenteditable") === "false" || element.getAttribute("aria-hidden") === "true") return
    if (element.tagName === "BR") {
      if (!isLastInBlock(element, root)) text += "\n"
      atBlockStart = false
      return
    }
    if (element !== root && isBlock(element) && !atBlockStart) {
      text += "\n"
      atBlockStart = true
    }
    for (let child = element.firstChild; child; child = child.nextSibling) visit(child)
  }

  visit(root)
  return { text, segments }
}

interface DomPoint {
  node: Text
  offset: number
}

/** Where a draft offset falls in the DOM; offsets inside a virtual line break snap to a neighbour. */
export function domPointAt(map: TextMap, offset: number, edge: "start" | "end"): DomPoint | null {
  const { segments } = map
  if (segments.length === 0) return null
  let low = 0
  let high = segments.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (segments[middle].start <= offset) low = middle
    else high = middle - 1
  }
  const segment = segments[low]
  const local = offset - segment.start
  if (local < 0) return { node: segment.node, offset: 0 }
  if (local < segment.node.data.length || (local === segment.node.data.length && edge === "end")) {
    return { node: segment.node, offset: local }
  }
  const next = segments[low + 1]
  if (edge === "start" && next) return { node: next.node, offset: 0 }
  return { node: segment.node, offset: segment.node.data.length }
}

/** A Range over draft offsets [start, end), or null when the span has no text in the DOM. */
export function rangeForOffsets(map: TextMap, start: number, end: number): Range | null {
  const from = domPointAt(map, start, "start")
  const to = domPointAt(map, end, "end")
  if (!from || !to) return null
  const range = from.node.ownerDocument.createRange()
  range.setStart(from.node, from.offset)
  range.setEnd(to.node, to.offset)
  if (range.collapsed && end > start) return null
  return range
}
