// Compares a required boilerplate text with what a page shows, tolerant of whitespace, line
// breaks, quote styles, letter case and URL spelling; reports missing and added words.
// The package root also pulls in the word tokenizer, whose regex Plasmo's bundler mangles; the array diff is all we use.
import { diffArrays } from "diff/lib/diff/array.js"

import type { TextDiffPart } from "./types"

export interface BoilerplateComparison {
  /** Share of the required words found in order (0..1). */
  coverage: number
  missingWords: number
  addedWords: number
  diff: TextDiffPart[]
}

function tokens(text: string): string[] {
  return text
    .normalize("NFKC")
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, "")
    .replace(/<(https?:\/\/[^>\s]+)>/gi, "$1")
    .split(/\s+/)
    .filter(Boolean)
}

function canonical(token: string): string {
  let value = token.toLowerCase().replace(/[“”„"]/g, '"').replace(/[‘’`´]/g, "'")
  value = value.replace(/^["'(]+|["')]+$/g, "")
  const url = value.match(/^(?:https?:\/\/)?(?:www\.)?([a-z0-9.-]+\.[a-z]{2,}(?:\/[^\s]*)?)$/)
  if (url) value = url[1].replace(/[/.,;:]+$/, "")
  return value
}

function joined(words: string[]): string {
  return words.join(" ")
}

const ANCHOR_LENGTH = 3

function diffTokens(required: string[], shown: string[]) {
  return diffArrays(required, shown, { comparator: (left, right) => canonical(left) === canonical(right) })
}

/**
 * The stretch of the shown text that holds the boilerplate: the run of shared words (with the
 * words between them) that best trades words in common against words added, so stray shared
 * words in the page's own description do not drag the window over it; then grown word by word
 * where the words on either side still match the required text.
 */
function boilerplateWindow(required: string[], shown: string[]): string[] {
  const runs: Array<{ start: number; end: number; requiredStart: number; requiredEnd: number }> = []
  let shownIndex = 0
  let requiredIndex = 0
  for (const change of diffTokens(required, shown)) {
    const length = change.value.length
    if (change.removed) requiredIndex += length
    else if (change.added) shownIndex += length
    else {
      runs.push({ start: shownIndex, end: shownIndex + length, requiredStart: requiredIndex, requiredEnd: requiredIndex + length })
      shownIndex += length
      requiredIndex += length
    }
  }
  let best = { score: 0, first: 0, last: 0 }
  for (let first = 0; first < runs.length; first++) {
    let score = 0
    for (let last = first; last < runs.length; last++) {
      score += runs[last].end - runs[last].start
      if (last > first) score -= runs[last].start - runs[last - 1].end
      if (score > best.score) best = { score, first, last }
    }
  }
  if (best.score < ANCHOR_LENGTH) return []
  let { start, requiredStart } = runs[best.first]
  let { end, requiredEnd } = runs[best.last]
  const same = (a: string, b: string) => canonical(a) === canonical(b)
  while (start > 0 && requiredStart > 0 && same(shown[start - 1], required[requiredStart - 1])) {
    start--
    requiredStart--
  }
  while (end < shown.length && requiredEnd < required.length && same(shown[end], required[requiredEnd])) {
    end++
    requiredEnd++
  }
  return shown.slice(start, end)
}

export function compareBoilerplate(required: string, shown: string): BoilerplateComparison {
  const requiredTokens = tokens(required)
  const window = boilerplateWindow(requiredTokens, tokens(shown))
  if (window.length === 0) {
    return {
      coverage: 0,
      missingWords: requiredTokens.length,
      addedWords: 0,
      diff: [{ kind: "missing", text: joined(requiredTokens) }]
    }
  }
  const diff: TextDiffPart[] = []
  let matched = 0
  let missingWords = 0
  let addedWords = 0
  for (const change of diffTokens(requiredTokens, window)) {
    const kind = change.added ? "added" : change.removed ? "missing" : "same"
    if (kind === "same") matched += change.value.length
    if (kind === "missing") missingWords += change.value.length
    if (kind === "added") addedWords += change.value.length
    diff.push({ kind, text: joined(change.value) })
  }
  return {
    coverage: requiredTokens.length ? matched / requiredTokens.length : 1,
    missingWords,
    addedWords,
    diff
  }
}
