import { defineRule, type RuleMatch } from "../rule"
import { cite } from "../policy/clauses"
import { sentenceAt } from "../text/sentence-lookup"
import type { Span } from "../text/terms"

// Plates are written in capitals and mix letters and digits: 7KRT482, 85931K2, ABC 1234.
const PLATE_TOKEN = "([A-Z0-9]{2,8}(?:[ -][A-Z0-9]{1,4})?)"
// "license plate 6FGH219", "plate #7KRT482", "plates: ABC-1234", "tag 4XYZ001"
const LABELLED_PLATE = new RegExp(
  `\\b(?:[Ll]icen[cs]e |LICEN[CS]E |[Ll]ic\\. )?(?:[Pp]lates?|PLATES?|[Tt]ags?|TAGS?)(?: (?:[Nn]umber|[Nn]o\\.?|#))?(?: (?:is|was|of|reading|reads))?:? ?#? ?(?:(?:CA|Calif\\.|California|[A-Z]{2}) )?${PLATE_TOKEN}(?![\\w-])`,
  "g"
)
// "(CA 85931K2)", "California 6FGH219", "Oregon plate ABC123"
const STATE_PLATE = new RegExp(
  `\\b(?:CA|Calif\\.|California|OR|Oregon|NV|Nevada|AZ|Arizona|WA|Washington|Idaho|TX|Texas)(?: [Pp]late)? #?([A-Z0-9]{5,8})(?![\\w-])`,
  "g"
)
// California's standard passenger format on its own, counted only in a sentence about a vehicle.
const CALIFORNIA_STANDARD = /(?<![\w-])([1-9][A-Z]{3}\d{3})(?![\w-])/g
const VEHICLE_CONTEXT =
  /\b(?:car|cars|vehicle|truck|pickup|sedan|suv|van|minivan|coupe|motorcycle|trailer|rv|stolen|driving|driver|honda|toyota|ford|chevy|chevrolet|nissan|dodge|jeep|subaru|kia|hyundai|bmw|tesla|gmc|buick|mazda|volkswagen|vw)\b/i

// A plate mixes letters and digits; one letter and seven digits is California's driver's licence format.
function isPlateLike(token: string): boolean {
  const compact = token.replace(/[ -]/g, "")
  return compact.length >= 4 && /\d/.test(compact) && /[A-Z]/.test(compact) && !/^[A-Z]\d{7}$/.test(compact)
}

function tokenSpans(text: string, regex: RegExp): Span[] {
  const spans: Span[] = []
  for (const match of text.matchAll(regex)) {
    const token = match[1]
    if (!isPlateLike(token)) continue
    const end = match.index + match[0].length
    spans.push({ start: end - token.length, end })
  }
  return spans
}

export default defineRule({
  id: "privacy-license-plate",
  title: "Licence plate",
  category: "privacy",
  defaultSeverity: "warn",
  citation: cite("rpd321_5b"),
  rationale:
    "A licence plate leads to the registered owner. It belongs in a post when the vehicle is stolen or wanted (a BOLO), not when it only identifies a private person's car.",
  cases: {
    fire: [
      { text: "BOLO: Stolen silver 2012 Honda Civic, CA plate 7KRT482, taken overnight.", excerpt: "7KRT482" },
      { text: "The stolen white 2019 Ford F-250 (CA 85931K2) was found this morning.", excerpt: "85931K2" },
      { text: "May be driving a blue 2008 Buick, license plate 6FGH219.", excerpt: "6FGH219" }
    ],
    pass: [
      { text: "Write down dates, times, descriptions and plate numbers, then call us.", note: "Plates mentioned, none given." },
      { text: "Case #24-031207: burglary in the 1700 block of Placer St, Redding, CA 96001.", note: "A case number and a ZIP code." },
      { text: "Found: CA driver license D4829173 near the bridge.", note: "A driver's licence number, handled by its own rule." }
    ]
  },
  detect(context) {
    const text = context.draft.text
    const spans = [...tokenSpans(text, LABELLED_PLATE), ...tokenSpans(text, STATE_PLATE)]
    for (const match of text.matchAll(CALIFORNIA_STANDARD)) {
      const sentence = sentenceAt(context.sentences, match.index)
      if (sentence && VEHICLE_CONTEXT.test(sentence.text)) spans.push({ start: match.index, end: match.index + match[0].length })
    }
    const matches: RuleMatch[] = []
    const seen = new Set<number>()
    for (const span of spans.sort((a, b) => a.start - b.start)) {
      if (seen.has(span.start)) continue
      seen.add(span.start)
      const plate = text.slice(span.start, span.end)
      matches.push({
        ...span,
        message: `Licence plate ${plate} leads to the vehicle's registered owner. That is normal in a BOLO for a stolen or wanted vehicle; otherwise it identifies a private person.`,
        fix: "Keep the plate only if the vehicle is stolen or wanted or the plate is needed to find it; otherwise remove it."
      })
    }
    return matches
  }
})
