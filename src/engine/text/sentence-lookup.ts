// Finds the sentence (and its neighbours) around a position, for context checks local to a match.
import type { Sentence } from "./sentences"

/** Index of the sentence containing the offset, or of the last sentence starting before it. */
export function sentenceIndexAt(sentences: readonly Sentence[], offset: number): number {
  let low = 0
  let high = sentences.length - 1
  let found = -1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (sentences[middle].start <= offset) {
      found = middle
      low = middle + 1
    } else high = middle - 1
  }
  return found
}

/** The text of the sentence around the offset plus `radius` sentences either side. */
export function sentenceWindow(sentences: readonly Sentence[], offset: number, radius = 0): string {
  const index = sentenceIndexAt(sentences, offset)
  if (index < 0) return ""
  const from = Math.max(0, index - radius)
  const to = Math.min(sentences.length - 1, index + radius)
  return sentences
    .slice(from, to + 1)
    .map((sentence) => sentence.text)
    .join(" ")
}

/** The sentence around the offset, or null when the offset is in no sentence. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | null {
  const index = sentenceIndexAt(sentences, offset)
  return index < 0 ? null : sentences[index]
}
