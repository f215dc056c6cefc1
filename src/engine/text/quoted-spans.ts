// Spans of a draft inside double quotation marks. Quoted words (a scam message, a caller's
// words, an officer's statement) are reported speech, not what the agency itself says.
import type { Span } from "./terms"

// Bounded and newline-free so an unpaired quote cannot swallow the rest of a long draft.
const QUOTED = /"[^"\n]{1,400}"|“[^“”\n]{1,400}”|‘[^‘\n]{1,400}’(?![\p{L}])/gu

let lastText: string | undefined
let lastSpans: Span[] = []

export function findQuotedSpans(text: string): Span[] {
  if (text === lastText) return lastSpans
  const spans: Span[] = []
  for (const match of text.matchAll(QUOTED)) spans.push({ start: match.index, end: match.index + match[0].length })
  lastText = text
  lastSpans = spans
  return spans
}

/** Whether the span lies wholly inside one quotation of the text. */
export function isQuoted(text: string, span: Span): boolean {
  return findQuotedSpans(text).some((quote) => quote.start <= span.start && span.end <= quote.end)
}
