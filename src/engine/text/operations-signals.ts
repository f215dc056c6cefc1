// Phrase signals shared by the operations rules (investigation, safety, illegal activity,
// ownership): a pattern over the normalised draft, confirmed or vetoed by the sentence it sits in.
import type { RuleContext, RuleMatch } from "../rule"
import type { PersonName } from "./names"
import { sentenceAt, sentenceIndexAt } from "./sentence-lookup"
import { findPattern, type Span } from "./terms"

export interface PhraseSignal {
  /** Global regex over the normalised (lower-case) text; keep it linear (bounded gaps only). */
  pattern: RegExp
  /** The sentence holding the match must also match this (tested on the original text). */
  sentenceRequires?: RegExp
  /** No finding when the sentence holding the match matches this. */
  sentenceUnless?: RegExp
  /** No finding anywhere unless the whole draft matches this. */
  draftRequires?: RegExp
  /** No finding anywhere when the whole draft matches this. */
  draftUnless?: RegExp
  /** Why the found words are a problem, in plain words. */
  message: (found: string) => string
  fix: string
}

/** Exact counts written as words or digits ("fourteen", "14"). */
export const EXACT_COUNT = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|thirty|forty|fifty|a dozen|\d{1,3})`

/** Counts, exact or loose ("fourteen", "14", "several"). */
export const COUNT = String.raw`(?:${EXACT_COUNT}|dozens of|several|multiple)`

/** Apostrophes as typed on phones and keyboards. */
export const APOSTROPHE = "['’]"

function overlaps(span: Span, taken: readonly Span[]): boolean {
  return taken.some((other) => span.start < other.end && other.start < span.end)
}

/** Runs each signal over the draft; a match overlapping an earlier one is dropped. */
export function detectPhraseSignals(context: RuleContext, signals: readonly PhraseSignal[]): RuleMatch[] {
  const { text } = context.draft
  const matches: RuleMatch[] = []
  const taken: Span[] = []
  for (const signal of signals) {
    if (signal.draftUnless?.test(text)) continue
    if (signal.draftRequires && !signal.draftRequires.test(text)) continue
    for (const found of findPattern(context.normalized, signal.pattern)) {
      if (overlaps(found, taken)) continue
      if (signal.sentenceRequires || signal.sentenceUnless) {
        const sentence = sentenceAt(context.sentences, found.start)?.text ?? ""
        if (signal.sentenceRequires && !signal.sentenceRequires.test(sentence)) continue
        if (signal.sentenceUnless?.test(sentence)) continue
      }
      taken.push(found)
      matches.push({
        start: found.start,
        end: found.end,
        message: signal.message(text.slice(found.start, found.end)),
        fix: signal.fix
      })
    }
  }
  return matches
}

const DEPARTMENT_TITLE = /^(?:officers?|ofc|sgt|sergeant|lt|lieutenant|capt|captain|chief|deputy|det|detective|cpl|corporal|cmdr|commander|dispatcher|cso|k-?9)\.?$/i

/** People named within `radius` sentences of the offset who are not department members. */
export function privatePeopleNear(context: RuleContext, offset: number, radius = 0): PersonName[] {
  const index = sentenceIndexAt(context.sentences, offset)
  if (index < 0) return []
  const from = context.sentences[Math.max(0, index - radius)].start
  const to = context.sentences[Math.min(context.sentences.length - 1, index + radius)].end
  const publicContacts = new Set(context.pack.publicContactEmployees.map((name) => name.toLowerCase()))
  return context.personNames.filter(
    (person) =>
      person.start >= from &&
      person.end <= to &&
      !(person.title && DEPARTMENT_TITLE.test(person.title)) &&
      !publicContacts.has(person.text.toLowerCase())
  )
}

/** The rest of a clause after a place preposition, up to punctuation or a joining word (bounded). */
export const CLAUSE_TAIL = String.raw`(?:[^.!?\n,;:]{0,60}?(?=[.!?\n,;:]| while | and | but | as | so | until | if |$)|[^.!?\n,;:]{0,60})`
