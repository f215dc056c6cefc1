// Normalised view of a draft for matching (NFKC, no zero-width/format characters, confusables
// resolved, lower case), with a map from every normalised index back to the original text.
import { remove as removeConfusables } from "confusables"

export interface NormalizedText {
  original: string
  /** Lower-cased, NFKC, confusable-free text with format characters removed. */
  text: string
  /** originalIndex[i] = index in `original` of the code unit that produced text[i]; length text.length + 1. */
  originalIndex: Int32Array
}

const FORMAT_CHARACTER = /\p{Cf}/u
const ASCII_PRINTABLE = /^[\x20-\x7e]$/
const characterCache = new Map<string, string>()

function normalizeCharacter(character: string): string {
  if (ASCII_PRINTABLE.test(character)) return character.toLowerCase()
  const cached = characterCache.get(character)
  if (cached !== undefined) return cached
  let result: string
  if (FORMAT_CHARACTER.test(character)) {
    result = ""
  } else {
    const compatible = character.normalize("NFKC")
    // confusables maps digits and ASCII punctuation to letters; keep those as NFKC gave them.
    result = /[\p{L}]/u.test(compatible) ? removeConfusables(compatible) : compatible
    result = result.toLowerCase()
    // Combining marks on their own (e.g. zalgo) carry no meaning for matching.
    result = result.replace(/\p{M}/gu, "")
  }
  if (characterCache.size < 10_000) characterCache.set(character, result)
  return result
}

// ASCII-printable runs are copied with one slice; offsets go straight into a growable Int32Array
// (one string and one array push per character made 63k-character drafts slow).
export function normalizeText(original: string): NormalizedText {
  const pieces: string[] = []
  let indexes = new Int32Array(original.length + 16)
  let length = 0
  const reserve = (extra: number) => {
    if (length + extra + 1 <= indexes.length) return
    const grown = new Int32Array(Math.max(indexes.length * 2, length + extra + 1))
    grown.set(indexes)
    indexes = grown
  }
  let index = 0
  while (index < original.length) {
    let runEnd = index
    while (runEnd < original.length) {
      const code = original.charCodeAt(runEnd)
      if (code < 0x20 || code > 0x7e) break
      runEnd++
    }
    if (runEnd > index) {
      pieces.push(original.slice(index, runEnd).toLowerCase())
      reserve(runEnd - index)
      for (let source = index; source < runEnd; source++) indexes[length++] = source
      index = runEnd
      continue
    }
    const character = String.fromCodePoint(original.codePointAt(index) ?? 0)
    const normalized = normalizeCharacter(character)
    reserve(normalized.length)
    for (let k = 0; k < normalized.length; k++) indexes[length++] = index
    pieces.push(normalized)
    index += character.length
  }
  reserve(0)
  indexes[length] = original.length
  return { original, text: pieces.join(""), originalIndex: indexes.slice(0, length + 1) }
}

/** Maps a [start, end) span of the normalised text to the original text. */
export function toOriginalSpan(normalized: NormalizedText, start: number, end: number): { start: number; end: number } {
  const originalStart = normalized.originalIndex[start]
  if (end <= start) return { start: originalStart, end: originalStart }
  // End at the end of the original character that produced the last normalised unit.
  const lastSource = normalized.originalIndex[end - 1]
  const code = normalized.original.codePointAt(lastSource) ?? 0
  return { start: originalStart, end: lastSource + (code > 0xffff ? 2 : 1) }
}
