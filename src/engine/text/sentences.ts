// Cheap sentence splitting with offsets; rules use it to keep context checks local.
import type { Span } from "./terms"

export interface Sentence extends Span {
  text: string
}

// A sentence ends at . ! ? or a line break, unless the period belongs to a common abbreviation
// or a number ("Sgt.", "Dr.", "p.m.", "3.5").
const ABBREVIATION = /(?:^|[\s(])(?:mr|mrs|ms|dr|sgt|lt|capt|cpl|ofc|det|st|ave|blvd|rd|dr|ln|ct|hwy|no|vs|jr|sr|inc|co|a\.m|p\.m|u\.s|approx|dept|[a-z])\.$/i

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = []
  let start = 0
  const pushUntil = (end: number) => {
    const raw = text.slice(start, end)
    const leading = raw.length - raw.trimStart().length
    const trimmed = raw.trim()
    if (trimmed) sentences.push({ start: start + leading, end: start + leading + trimmed.length, text: trimmed })
    start = end
  }
  for (let index = 0; index < text.length; index++) {
    const character = text[index]
    if (character === "\n") {
      pushUntil(index + 1)
    } else if (character === "!" || character === "?") {
      let end = index + 1
      while (end < text.length && /[!?"'”’)]/.test(text[end])) end++
      if (end >= text.length || /\s/.test(text[end])) {
        pushUntil(end)
        index = end - 1
      }
    } else if (character === ".") {
      const next = text[index + 1]
      if (next !== undefined && !/\s/.test(next)) continue
      const before = text.slice(Math.max(start, index - 12), index + 1)
      if (ABBREVIATION.test(before)) continue
      pushUntil(index + 1)
    }
  }
  pushUntil(text.length)
  return sentences
}
