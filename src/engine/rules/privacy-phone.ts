import { parsePhoneNumberFromString } from "libphonenumber-js"

import { defineRule, type RuleContext, type RuleMatch } from "../rule"
import { cite } from "../policy/clauses"
import { sentenceIndexAt } from "../text/sentence-lookup"
import type { Span } from "../text/terms"

// North American numbers: (530) 555-0147, 530-555-0147, 530.555.0147, +1 530 555 0147, 5305550147.
// libphonenumber-js alone mis-spans lists ("(530) 225-4200, 530-243-2319"), so this plain pattern
// finds US numbers and libphonenumber only adds international ones written with "+".
const NANP_NUMBER =
  /(?<![\w#$/.,-])(?:\+?1[ .-]?)?(?:\((\d{3})\) ?|(\d{3})([ .-]?))(\d{3})([ .-]?)(\d{4})(?![\w-]|[.,/]\d)/g
// "call Jenny at 555-0147": seven digits count only with a phone word shortly before.
const LOCAL_NUMBER = /(?<![\w#$/.,:-])([2-9]\d{2})[-.](\d{4})(?![\w-]|[.,/:]\d)/g
const IDENTIFIER_CUE = /\b(?:case|report|incident|file|reference|ref|invoice|order|badge|unit|item|tag|lot|pc|vc|hs)\b[^.]{0,12}$/
// "between 830-1130": a range of times.
const TIME_RANGE_CUE = /\b(?:between|from|hours|open|closed)\s*$/
const PHONE_CUE = /\b(?:call|calls|text|texts|phone|cell|tel|mobile|contact|reach|number|dial|ph)\b/

const TOLL_FREE_AREAS = new Set(["800", "833", "844", "855", "866", "877", "888"])

// Organisations whose published line a post may give: agencies, services, businesses.
const ORGANISATION =
  /\b(?:sheriff|sheriff's office|county|city|state|department|dept|office|agency|hotline|helpline|crisis line|lifeline|line|center|centre|services|service|dispatch|non-emergency|chp|dmv|court|courthouse|records|division|unit|bureau|program|shelter|refuge|humane|society|rescue|animal|hospital|clinic|school|district|college|church|library|coordinator|desk|front counter|main line|tip line|tipline|business|store|shop|restaurant|company|inc|llc|co\.|hr|human resources|personnel|recruiting|recruitment|towing|auto|glass|repair|salon|bakery|market|pharmacy|bank|hotel|motel|cafe|coffee|grill|pizza|brewery|dental|vet|veterinary|insurance|realty|plumbing|electric|landscaping|cleaners|poison control|police|pd|fire|cal fire|probation|district attorney|da's office|coroner|marshal|ems|ambulance|airport|transit|caltrans|utilities|crime stoppers|secret witness|tips?|us|our|pio|media contact|public information)\b/
// Staff by rank: their desk lines are the agency's (only looked for in the number's own sentence).
const STAFF = /\b(?:officer|ofc|detective|det|sgt|sergeant|lt|lieutenant|investigator|deputy|chief|captain|capt)\b/
// Words that make it a private person's number even when an organisation is mentioned too.
const PERSONAL_CONTEXT =
  /\b(?:him|her|his|hers|she|he|me|my|directly|personal|cell|home|owner|finder|neighbor|neighbour|resident|mom|dad|mother|father|son|daughter|wife|husband|brother|sister|family|friend|boyfriend|girlfriend|roommate|guy|woman|man|lady|seller|buyer)\b/

function digitsOf(text: string): string {
  const digits = text.replace(/\D/g, "")
  return digits.length === 11 && digits.startsWith("1") ? digits.slice(1) : digits
}

interface PhoneCandidate extends Span {
  digits: string
}

function officialDigits(context: RuleContext): Set<string> {
  return new Set(context.pack.officialPhones.map(digitsOf).filter((digits) => digits.length > 0))
}

function northAmericanCandidates(context: RuleContext): PhoneCandidate[] {
  const candidates: PhoneCandidate[] = []
  const text = context.normalized.text
  for (const match of text.matchAll(NANP_NUMBER)) {
    const [whole, parenthesisedArea, area = parenthesisedArea, firstSeparator, exchange, secondSeparator] = match
    if (!/^[2-9]/.test(area) || !/^[2-9]/.test(exchange)) continue
    // Undelimited ten digits are an ID or an amount unless a phone word is near.
    const undelimited = !parenthesisedArea && !firstSeparator && !secondSeparator && !/^\+?1[ .-]/.test(whole)
    const before = text.slice(Math.max(0, match.index - 40), match.index)
    if (undelimited && !PHONE_CUE.test(before)) continue
    const span = toOriginal(context, match.index, match.index + whole.length)
    candidates.push({ ...span, digits: digitsOf(whole) })
  }
  const fullNumberEnds = new Set(candidates.map((candidate) => candidate.end))
  for (const match of text.matchAll(LOCAL_NUMBER)) {
    const before = text.slice(Math.max(0, match.index - 40), match.index)
    if (!PHONE_CUE.test(before) || IDENTIFIER_CUE.test(before) || TIME_RANGE_CUE.test(before)) continue
    const span = toOriginal(context, match.index, match.index + match[0].length)
    // Inside "(530) 555-0147" the last seven digits match too; they end where the full number ends.
    if (fullNumberEnds.has(span.end)) continue
    candidates.push({ ...span, digits: match[1] + match[2] })
  }
  return candidates
}

// libphonenumber-js's text scanner costs milliseconds per call, so a plain pattern proposes
// "+CC ..." numbers and libphonenumber only validates them, dropping trailing digit groups that
// belong to the next number ("+44 20 7946 0958 2024").
const INTERNATIONAL_NUMBER = /(?<![\w+])\+ ?[2-9]\d{0,14}(?:[ .-]\(?\d{1,5}\)?){0,6}(?![\w-])/g
const MAX_INTERNATIONAL_NUMBERS = 50

function validInternationalPrefix(raw: string): { length: number; digits: string } | null {
  let candidate = raw
  for (let attempt = 0; attempt < 4 && candidate.length > 0; attempt++) {
    const parsed = parsePhoneNumberFromString(candidate)
    if (parsed && parsed.countryCallingCode !== "1" && parsed.isValid()) return { length: candidate.length, digits: parsed.number.replace(/\D/g, "") }
    candidate = candidate.replace(/[ .-]?\(?\d+\)?$/, "")
  }
  return null
}

function internationalCandidates(context: RuleContext, knownEnds: ReadonlySet<number>): PhoneCandidate[] {
  const text = context.draft.text
  if (!text.includes("+")) return []
  const candidates: PhoneCandidate[] = []
  let seen = 0
  for (const match of text.matchAll(INTERNATIONAL_NUMBER)) {
    if (++seen > MAX_INTERNATIONAL_NUMBERS) break
    const valid = validInternationalPrefix(match[0])
    if (!valid) continue
    const span = { start: match.index, end: match.index + valid.length }
    if (knownEnds.has(span.end)) continue
    candidates.push({ ...span, digits: valid.digits })
  }
  return candidates
}

function toOriginal(context: RuleContext, start: number, end: number): Span {
  const { originalIndex, original } = context.normalized
  const lastSource = originalIndex[end - 1]
  return { start: originalIndex[start], end: lastSource + ((original.codePointAt(lastSource) ?? 0) > 0xffff ? 2 : 1) }
}


/**
 * Whether the words leading up to the number present it as an organisation's line: an
 * organisation in its sentence or the sentence before ("He's safe with Haven Humane. Call them
 * at ..."), and no private person (a personal word or a name) in its own sentence.
 */
function isOrganisationLine(context: RuleContext, span: Span): boolean {
  const index = sentenceIndexAt(context.sentences, span.start)
  const sentence = index >= 0 ? context.sentences[index] : null
  const from = Math.max(sentence?.start ?? 0, span.start - 90)
  const lead = context.draft.text.slice(from, span.start)
  const leadLower = lead.toLowerCase()
  if (PERSONAL_CONTEXT.test(leadLower)) return false
  const previous = index > 0 ? context.sentences[index - 1].text.toLowerCase() : ""
  if (!ORGANISATION.test(leadLower) && !STAFF.test(leadLower) && !ORGANISATION.test(previous)) return false
  const privateName = context.personNames.some(
    (name) =>
      name.start >= from &&
      name.end <= span.start &&
      name.title === null &&
      !isPublicContact(context, name.text) &&
      !ORGANISATION.test(name.text.toLowerCase()) &&
      // "Mike's Towing" names a business, not a person.
      !BUSINESS_AFTER_NAME.test(context.draft.text.slice(name.end, span.start))
  )
  return !privateName
}

const BUSINESS_AFTER_NAME = /^['’]s\s+\p{Lu}/u

function isPublicContact(context: RuleContext, name: string): boolean {
  const lower = name.toLowerCase()
  return context.pack.publicContactEmployees.some((employee) => employee.toLowerCase().includes(lower))
}

export default defineRule({
  id: "privacy-phone",
  title: "Private phone number",
  category: "privacy",
  defaultSeverity: "block",
  citation: cite("cityPersonalInformation"),
  rationale:
    "A private person's phone number is personal information. Posting it invites calls and harassment the person never agreed to; only the agency's own published lines belong in a post.",
  cases: {
    fire: [
      {
        text: "Found dog near Caldwell Park! Call or text Brittany directly at (530) 555-0147 and she'll meet you.",
        excerpt: "(530) 555-0147",
        note: "A finder's own number: 555-01xx numbers are still phone numbers."
      },
      { text: "Witnesses can text the victim's son at 530.555.0182.", excerpt: "530.555.0182" },
      { text: "This guy, Rick Dolan (530-555-0191), keeps calling 911 about his neighbor.", excerpt: "530-555-0191" },
      {
        text: "Tips: (530) 225-4200, or the owner's cell 530-555-0138.",
        excerpt: "530-555-0138",
        note: "The second number of a list is found too."
      }
    ],
    pass: [
      { text: "Have information? Call (530) 225-4200. Case #24-031207 #ReddingPD", note: "The department's own line and a case number." },
      { text: "If you are struggling, call or text 988. In an emergency, dial 911.", note: "Public crisis and emergency numbers." },
      { text: "Booked for assault with a deadly weapon (PC 245(a)(1)), born 11-03-1988, SSN 529-41-8836 withheld.", note: "Penal code, a date and an SSN are not phone numbers." },
      { text: "Police Officer: $7,219 – $9,214/month. Apply by 5:00 p.m. Friday.", note: "Salaries and times." },
      { text: "Report the scam to the FTC at 1-877-382-4357.", note: "Toll-free lines belong to organisations." },
      { text: "Questions about the clinic? Call the Shasta County Sheriff's Office at (530) 245-6000.", note: "Another public agency's line." }
    ]
  },
  detect(context) {
    const official = officialDigits(context)
    const northAmerican = northAmericanCandidates(context)
    const candidates = [...northAmerican, ...internationalCandidates(context, new Set(northAmerican.map((found) => found.end)))]
    const matches: RuleMatch[] = []
    for (const candidate of candidates) {
      const digits = candidate.digits
      if (official.has(digits) || (digits.length === 7 && [...official].some((line) => line.endsWith(digits)))) continue
      if (digits.length === 10 && TOLL_FREE_AREAS.has(digits.slice(0, 3))) continue
      if (isOrganisationLine(context, candidate)) continue
      const number = context.draft.text.slice(candidate.start, candidate.end)
      matches.push({
        start: candidate.start,
        end: candidate.end,
        message: `${number} is not one of the agency's published phone lines; if it belongs to a private person, posting it exposes them to unwanted calls and harassment.`,
        fix: "Remove the number and point people to the department's line or 911 instead; the department can pass messages on."
      })
    }
    return matches
  }
})
