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

export function normalizeText(original: string): NormalizedText {
  const pieces: string[] = []
  const indexes: number[] = []
  let offset = 0
  for (const character of original) {
    const normalized = normalizeCharacter(character)
    for (let k = 0; k < normalized.length; k++) indexes.push(offset)
    pieces.push(normalized)
    offset += character.length
  }
  indexes.push(original.length)
  return { original, text: pieces.join(""), originalIndex: Int32Array.from(indexes) }
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
