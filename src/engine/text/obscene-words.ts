// Profane words and slurs found with obscenity's English preset over the normalised draft, plus
// words spelled out letter by letter ("f u c k", "f.u.c.k"), each kept only when the word around
// the hit is the profane word itself or one of its compounds: "Dickson", "cockpit" and
// "shiitake" contain a stem but are other words.
import { DataSet, RegExpMatcher, englishDataset, englishRecommendedTransformers } from "obscenity"

import type { NormalizedText } from "./normalize"
import { toOriginalSpan } from "./normalize"
import { findTerms } from "./terms"

export type ObsceneFamily = "profane" | "slur"

export interface ObsceneWord {
  /** The dictionary word behind the hit ("fuck" for "f*cking"). */
  word: string
  family: ObsceneFamily
  /** The whole word around the hit, as written (normalised), e.g. "f*cking". */
  token: string
  /** Span in the original text. */
  start: number
  end: number
  /** Whether the word was spelled out with spaces or dots between its letters. */
  spelledOut: boolean
}

const PROFANE_WORDS = new Set([
  "arse",
  "ass",
  "bastard",
  "bitch",
  "bollocks",
  "cock",
  "cuck",
  "cunt",
  "dick",
  "fuck",
  "prick",
  "pussy",
  "shit",
  "slut",
  "turd",
  "twat",
  "wank",
  "whore"
])

// Slurs from the preset. Left out: "abo" and "negro" (too many innocent or historical uses),
// and the sexual vocabulary, which the sexual rules judge in context.
const SLUR_WORDS = new Set([
  "abeed",
  "africoon",
  "arabush",
  "boonga",
  "chingchong",
  "chink",
  "dyke",
  "fag",
  "kike",
  "nigger",
  "retard",
  "spastic",
  "tranny"
])

/** Stems that are offensive inside any longer word ("clusterf*ck", "n*ggerlover"). */
const OFFENSIVE_ANYWHERE = new Set(["fuck", "cunt", "twat", "wank", "chingchong", "africoon"])

/** Innocent words the preset reads a stem into ("trafficking" collapses to "f...ck"). */
const INNOCENT_CONTAINER = /traffic/

/** What may stand before an ambiguous stem in a compound ("bullshit", "jackass"). */
const COMPOUND_PREFIX =
  /^(?:mother|bull|horse|dip|dumb|jack|bad|smart|fat|lame|kick|holy|chicken|ape|bat|dog|half|candy|wise|tight|lard|hard|pencil|limp|cry|sissy|piss|cock|dick|ass)$/

/** What may follow an ambiguous stem: inflections and compound tails ("a$$hole", "sh*tty"). */
const COMPOUND_SUFFIX =
  /^(?:s|es|'s|y|ie|ies|ey|eys|er|ers|ed|ing|in|in'|ted|ting|ty|tier|tiest|tastic|head|heads|hole|holes|face|faces|bag|bags|wad|wads|wit|wits|show|storm|load|loads|hat|hats|sucker|suckers|suck|sucking|ery|got|gots|goty|gy|o|os|a|as|az|z|uh)$/

const dataset = new DataSet<{ originalWord: string }>()
  .addAll(englishDataset)
  .removePhrasesIf((phrase) => {
    const word = phrase.metadata?.originalWord ?? ""
    return !PROFANE_WORDS.has(word) && !SLUR_WORDS.has(word)
  })
const matcher = new RegExpMatcher({ ...dataset.build(), ...englishRecommendedTransformers })

// Masked and abbreviated spellings the preset does not read ("sh*t", "f**k", "wtf"), and
// compounds whose stem it only matches at a word start ("jackass").
const SUPPLEMENTARY_PROFANITY: ReadonlyArray<{ word: string; pattern: RegExp }> = [
  { word: "shit", pattern: /(?<![\p{L}\p{N}])(?:bull|horse|dip)?sh[*#]+t(?:s|ty|head|heads|hole|show|load|storm)?(?![\p{L}\p{N}])/gu },
  { word: "fuck", pattern: /(?<![\p{L}\p{N}])(?:mother)?f[*#]{2,3}(?:k|ks|ked|ker|kers|king|ing|in|er|ers|ed)?(?![\p{L}\p{N}])/gu },
  { word: "fuck", pattern: /(?<![\p{L}\p{N}])(?:wtf|stfu|gtfo|fml)(?![\p{L}\p{N}])/gu },
  { word: "dick", pattern: /(?<![\p{L}\p{N}])d[*#]+ck(?:s|head|heads)?(?![\p{L}\p{N}])/gu },
  { word: "bitch", pattern: /(?<![\p{L}\p{N}])b[*#]+tch(?:es|y)?(?![\p{L}\p{N}])/gu },
  { word: "ass", pattern: /(?<![\p{L}\p{N}])(?:a[*#]{2}hole|(?:jack|dumb|smart|fat|lard|dip)[a@4][s$5]{2})(?:s|es)?(?![\p{L}\p{N}])/gu },
  { word: "goddamn", pattern: /(?<![\p{L}\p{N}])god[ -]?dam(?:n|m)+(?:it|ed)?(?![\p{L}\p{N}])/gu }
]

// Slurs the preset does not list, as whole words with common leet swaps.
const SUPPLEMENTARY_SLURS: ReadonlyArray<{ word: string; pattern: RegExp }> = [
  { word: "wetback", pattern: /(?<![\p{L}\p{N}])w[e3]tb[a@4]cks?(?![\p{L}\p{N}])/gu },
  { word: "beaner", pattern: /(?<![\p{L}\p{N}])b[e3][a@4]n[e3]rs?(?![\p{L}\p{N}])/gu },
  { word: "spic", pattern: /(?<![\p{L}\p{N}])sp[i1!]cs?(?![\p{L}\p{N}])(?!\s+(?:and|&|n['’])\s+span)/gu },
  { word: "gook", pattern: /(?<![\p{L}\p{N}])g[o0]{2}ks?(?![\p{L}\p{N}])/gu },
  { word: "towelhead", pattern: /(?<![\p{L}\p{N}])(?:towel|rag)[\s-]?h[e3][a@4]ds?(?![\p{L}\p{N}])/gu },
  { word: "homo", pattern: /(?<![\p{L}\p{N}])h[o0]m[o0]s(?![\p{L}\p{N}])/gu },
  { word: "shemale", pattern: /(?<![\p{L}\p{N}])sh[e3]-?m[a@4]l[e3]s?(?![\p{L}\p{N}])/gu },
  { word: "tard", pattern: /(?<![\p{L}\p{N}])(?:libtard|tard)s?(?![\p{L}\p{N}])/gu }
]

const TOKEN_CHARACTER = /[\p{L}\p{N}'’$@*!+]/u
// Three or more single letters (or leet digits/symbols) joined by spaces, dots, dashes,
// underscores or asterisks: "f u c k", "f.u.c.k", "s-h-1-t". Real words never qualify, so a
// phrase like "Crime analysis" cannot be read across its word gap.
const SPELLED_OUT = /(?<![\p{L}\p{N}])[\p{L}\p{N}$@!](?:[ .\-_*]{1,2}[\p{L}\p{N}$@!](?![\p{L}\p{N}])){2,}/gu
// "chink in the armor" and car talk ("tranny fluid") are idioms, not slurs.
const IDIOM_AFTER: Record<string, RegExp> = {
  chink: /^\s+(?:in\s+(?:the|his|her|its|their|our|your|my)\s+armou?r|of\s+light)/,
  tranny: /^\s+(?:fluid|shop|repair|line|lines|pan|cooler|rebuild|mount)/,
  spastic: /^\s+(?:cerebral|paraplegia|diplegia|quadriplegia|colon|dysphonia)/
}
/** Words that are usually names when capitalised (Dick Tracy, Van Dyke, Dick's Sporting Goods). */
const NAME_WHEN_CAPITALISED = new Set(["dick", "cock", "dyke"])

const cache = new WeakMap<NormalizedText, ObsceneWord[]>()

function payloadWord(termId: number, startIndex: number, endIndex: number): string {
  const { phraseMetadata } = dataset.getPayloadWithPhraseMetadata({
    termId,
    startIndex,
    endIndex,
    matchLength: endIndex - startIndex + 1
  })
  return phraseMetadata?.originalWord ?? ""
}

function tokenBounds(text: string, start: number, end: number): [number, number] {
  let from = start
  let to = end
  while (from > 0 && TOKEN_CHARACTER.test(text[from - 1])) from--
  while (to < text.length && TOKEN_CHARACTER.test(text[to])) to++
  // Trailing punctuation that leet allows inside words ends a sentence when it closes the token.
  while (to > end && /[!*'’]/.test(text[to - 1])) to--
  return [from, to]
}

function isCompoundOf(word: string, prefix: string, suffix: string): boolean {
  if (OFFENSIVE_ANYWHERE.has(word)) return true
  const cleanPrefix = prefix.replace(/[’]/g, "'")
  const cleanSuffix = suffix.replace(/[’]/g, "'").replace(/(.)\1+/g, "$1$1")
  return (cleanPrefix === "" || COMPOUND_PREFIX.test(cleanPrefix)) && (cleanSuffix === "" || COMPOUND_SUFFIX.test(cleanSuffix))
}

function matchesIn(text: string): Array<{ word: string; start: number; end: number }> {
  const seen = new Set<string>()
  const hits: Array<{ word: string; start: number; end: number }> = []
  for (const payload of matcher.getAllMatches(text, true)) {
    const key = `${payload.startIndex}:${payload.endIndex}`
    if (seen.has(key)) continue
    seen.add(key)
    hits.push({ word: payloadWord(payload.termId, payload.startIndex, payload.endIndex), start: payload.startIndex, end: payload.endIndex + 1 })
  }
  return hits
}

function familyOf(word: string): ObsceneFamily | null {
  if (PROFANE_WORDS.has(word)) return "profane"
  if (SLUR_WORDS.has(word)) return "slur"
  return null
}

function isNameUse(normalized: NormalizedText, word: string, tokenStart: number): boolean {
  if (!NAME_WHEN_CAPITALISED.has(word)) return false
  const originalStart = normalized.originalIndex[tokenStart]
  const first = normalized.original[originalStart]
  const second = normalized.original[originalStart + 1] ?? ""
  return first !== undefined && first === first.toUpperCase() && first !== first.toLowerCase() && second === second.toLowerCase()
}

function scanWords(normalized: NormalizedText): ObsceneWord[] {
  const { text } = normalized
  const words: ObsceneWord[] = []
  for (const hit of matchesIn(text)) {
    const family = familyOf(hit.word)
    if (!family) continue
    const [tokenStart, tokenEnd] = tokenBounds(text, hit.start, hit.end)
    if (INNOCENT_CONTAINER.test(text.slice(tokenStart, tokenEnd))) continue
    if (!isCompoundOf(hit.word, text.slice(tokenStart, hit.start), text.slice(hit.end, tokenEnd))) continue
    if (isNameUse(normalized, hit.word, tokenStart)) continue
    if (IDIOM_AFTER[hit.word]?.test(text.slice(tokenEnd, tokenEnd + 40))) continue
    words.push({
      word: hit.word,
      family,
      token: text.slice(tokenStart, tokenEnd),
      ...toOriginalSpan(normalized, tokenStart, tokenEnd),
      spelledOut: false
    })
  }
  for (const { word, pattern } of SUPPLEMENTARY_PROFANITY) {
    for (const hit of text.matchAll(pattern)) {
      words.push({
        word,
        family: "profane",
        token: hit[0],
        ...toOriginalSpan(normalized, hit.index, hit.index + hit[0].length),
        spelledOut: false
      })
    }
  }
  for (const { word, pattern } of SUPPLEMENTARY_SLURS) {
    for (const hit of text.matchAll(pattern)) {
      words.push({
        word,
        family: "slur",
        token: hit[0],
        ...toOriginalSpan(normalized, hit.index, hit.index + hit[0].length),
        spelledOut: false
      })
    }
  }
  for (const run of text.matchAll(SPELLED_OUT)) {
    const letters = run[0].replace(/[ .\-_*]/g, "")
    for (const hit of matchesIn(letters)) {
      const family = familyOf(hit.word)
      if (!family) continue
      if (!isCompoundOf(hit.word, letters.slice(0, hit.start), letters.slice(hit.end))) continue
      words.push({
        word: hit.word,
        family,
        token: run[0],
        ...toOriginalSpan(normalized, run.index, run.index + run[0].length),
        spelledOut: true
      })
      break
    }
  }
  return withoutOverlaps(words)
}

/** One hit per stretch of text: the earliest, longest one. */
function withoutOverlaps(words: ObsceneWord[]): ObsceneWord[] {
  const sorted = words.sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: ObsceneWord[] = []
  for (const word of sorted) {
    const previous = kept[kept.length - 1]
    if (previous && word.start < previous.end) continue
    kept.push(word)
  }
  return kept
}

/** Profane words and slurs in the draft (cached per normalised text, so rules share one scan). */
export function findObsceneWords(normalized: NormalizedText): readonly ObsceneWord[] {
  let words = cache.get(normalized)
  if (!words) {
    words = scanWords(normalized)
    cache.set(normalized, words)
  }
  return words
}

/** Drops hits inside the pack's allowed terms (local names such as "Dickson", "Cockrell"). */
export function outsideAllowedTerms(
  words: readonly ObsceneWord[],
  normalized: NormalizedText,
  allowedTerms: readonly string[]
): ObsceneWord[] {
  if (words.length === 0 || allowedTerms.length === 0) return [...words]
  const allowed = findTerms(normalized, allowedTerms)
  return words.filter((word) => !allowed.some((span) => span.start < word.end && word.start < span.end))
}
