// Person names in a draft, from compromise, gated and cached per sentence so typing stays fast.
import nlp from "compromise"

import type { Sentence } from "./sentences"
import type { Span } from "./terms"

export interface PersonName extends Span {
  text: string
}

// compromise's lexicon does not know small local places; teach it once, on first use.
let lexiconReady = false
function ensureLexicon(places: readonly string[]): void {
  if (lexiconReady) return
  const words: Record<string, string> = {}
  for (const place of places) words[place.toLowerCase()] = "Place"
  nlp.addWords(words)
  lexiconReady = true
}

const cache = new Map<string, Span[]>()
const CACHE_LIMIT = 2_000

// Only sentences with two capitalised words in a row (or a capitalised word next to an
// honorific or an age) can name a person; skipping the rest keeps compromise off the hot path.
const CANDIDATE = /\p{Lu}[\p{L}'’-]+,?\s+(?:\p{Lu}\.?\s+)?\p{Lu}[\p{L}'’-]+/u

function namesInSentence(sentenceText: string): Span[] {
  const cached = cache.get(sentenceText)
  if (cached) return cached
  let spans: Span[] = []
  if (CANDIDATE.test(sentenceText)) {
    const document = nlp(sentenceText)
    const people = document.people().json({ offset: true }) as Array<{
      text: string
      offset: { start: number; length: number }
    }>
    spans = people.map((person) => {
      const trimmed = person.text.replace(/[\s,.;:!?'"’]+$/u, "")
      return { start: person.offset.start, end: person.offset.start + trimmed.length }
    })
  }
  if (cache.size >= CACHE_LIMIT) cache.clear()
  cache.set(sentenceText, spans)
  return spans
}

/** Person names found in the given sentences, as spans of the full text. */
export function findPersonNames(
  text: string,
  sentences: readonly Sentence[],
  localPlaces: readonly string[]
): PersonName[] {
  ensureLexicon(localPlaces)
  const names: PersonName[] = []
  for (const sentence of sentences) {
    for (const span of namesInSentence(sentence.text)) {
      const start = sentence.start + span.start
      const end = sentence.start + span.end
      names.push({ start, end, text: text.slice(start, end) })
    }
  }
  return names
}
