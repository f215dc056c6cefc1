// Whole-word, case-insensitive matching of term lists over normalised text.
import type { NormalizedText } from "./normalize"
import { toOriginalSpan } from "./normalize"

export interface Span {
  start: number
  end: number
}

export interface TermMatch extends Span {
  /** The matched text as it appears in the normalised text. */
  term: string
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
}

/**
 * Turns a term into a regular-expression source. Terms are plain words; spaces match any run of
 * whitespace, and a term may embed raw pattern pieces between `{` and `}` (e.g. "shoot{s|ing}?").
 */
function termSource(term: string): string {
  let source = ""
  let index = 0
  while (index < term.length) {
    const open = term.indexOf("{", index)
    const plain = open === -1 ? term.slice(index) : term.slice(index, open)
    source += escapeRegExp(plain.toLowerCase()).replace(/ +/g, "\\s+")
    if (open === -1) break
    const close = term.indexOf("}", open)
    if (close === -1) throw new Error(`Unclosed "{" in term: ${term}`)
    source += `(?:${term.slice(open + 1, close)})`
    index = close + 1
  }
  return source
}

const compiledCache = new Map<string, RegExp>()

/** A global, unicode regex that matches any of the terms as whole words. */
export function compileTerms(terms: readonly string[]): RegExp {
  const key = terms.join("\u0000")
  const cached = compiledCache.get(key)
  if (cached) return cached
  const alternatives = [...terms].sort((a, b) => b.length - a.length).map(termSource)
  const regex = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}_])`, "gu")
  if (compiledCache.size > 500) compiledCache.clear()
  compiledCache.set(key, regex)
  return regex
}

/** Finds the terms in the normalised text and returns spans in the original text. */
export function findTerms(normalized: NormalizedText, terms: readonly string[] | RegExp): TermMatch[] {
  if (Array.isArray(terms) && terms.length === 0) return []
  const regex = terms instanceof RegExp ? terms : compileTerms(terms as readonly string[])
  return findPattern(normalized, regex)
}

/** Runs a global regex over the normalised text and maps each match back to the original text. */
export function findPattern(normalized: NormalizedText, regex: RegExp): TermMatch[] {
  if (!regex.global) throw new Error("findPattern needs a global regex")
  const matches: TermMatch[] = []
  regex.lastIndex = 0
  for (const match of normalized.text.matchAll(regex)) {
    const span = toOriginalSpan(normalized, match.index, match.index + match[0].length)
    matches.push({ ...span, term: match[0] })
  }
  return matches
}

/** Whether any of the terms occurs within `window` characters around the span (normalised text). */
export function hasNearby(
  normalized: NormalizedText,
  span: Span,
  terms: readonly string[] | RegExp,
  window = 80
): boolean {
  const regex = terms instanceof RegExp ? terms : compileTerms(terms as readonly string[])
  // Search the normalised neighbourhood; originalIndex is monotonic, so find its bounds.
  const from = lowerBound(normalized.originalIndex, Math.max(0, span.start - window))
  const to = lowerBound(normalized.originalIndex, Math.min(normalized.original.length, span.end + window))
  const slice = normalized.text.slice(from, to)
  const probe = new RegExp(regex.source, regex.flags.replace("g", ""))
  return probe.test(slice)
}

function lowerBound(values: Int32Array, target: number): number {
  let low = 0
  let high = values.length - 1
  while (low < high) {
    const middle = (low + high) >> 1
    if (values[middle] < target) low = middle + 1
    else high = middle
  }
  return low
}
