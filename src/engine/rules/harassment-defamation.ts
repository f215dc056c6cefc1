import { defineRule, type RuleContext, type RuleMatch } from "../rule"
import { cite } from "../policy/clauses"
import { isQuoted } from "../text/quoted-spans"
import { sentenceIndexAt } from "../text/sentence-lookup"
import { findPattern, type Span } from "../text/terms"

const DISHONEST_PEOPLE =
  "crooks?|frauds?|fraudsters?|scammers?|scam artists?|con (?:artists?|men|man)|swindlers?|thie(?:f|ves)|liars?|cheats?|cheaters?|shysters?|criminals?(?!\\s+(?:justice|law|defen[cs]e|records?|investigations?|division|courts?|cases?|history|background|charges?|complaints?|procedure))|rip-?off artists?|drug dealers?|pedophiles?|predators?|racists?|slumlords?|racket|(?:running|operating|pulling|behind) (?:a|an) (?:[a-z]+ )?(?:scam|con|racket|fraud|ponzi scheme|pyramid scheme|rip-?off)|chop shops?|(?:criminal |drug |money[- ]laundering )?fronts? for \\p{L}+|drug (?:house|den)s?|trap houses?"

// "X is a bunch of crooks", "X are nothing but liars": an accusation stated as fact.
const ACCUSATION = new RegExp(
  `\\b(?:is|are|was|were|['’]s|['’]re)\\s+(?:(?:just|nothing but|nothing more than|no better than|little more than|basically|really|literally|simply|straight-up|all|a|an|total|complete|known|lying|dirty|crooked|lousy|career|habitual|serial|common|(?:bunch|pack|gang|den|band|nest) of)\\s+)*(?:${DISHONEST_PEOPLE})(?![\\p{L}\\p{N}_])`,
  "gu"
)
// "…rip off half of Redding", "…ripping people off".
const CHEATED_GROUP =
  "(?:their|its|customers|clients|people|everyone|everybody|seniors|elderly|residents|the public|folks|buyers|drivers|motorists|families|veterans|tenants|patients|homeowners|locals|redding|investors|donors|renters)"
// "…rip off half of Redding", "…has been cheating customers for years", "…scamming seniors".
const RIP_OFF = new RegExp(
  `\\b(?:(?:rip|rips|ripping|ripped|screw|screws|screwing|screwed) (?:off|over) (?:half of |the )?(?:[a-z'’-]+ ){0,2}?${CHEATED_GROUP}|(?:rip|rips|ripping|ripped) (?:people|customers|clients|everyone|seniors|folks|drivers|residents) off|(?:cheat|cheats|cheating|cheated|scamming|scammed|swindle|swindles|swindling|swindled|defraud|defrauds|defrauding|defrauded|fleecing|fleeced|gouging|gouged) (?:[a-z'’-]+ )?${CHEATED_GROUP})(?![\\p{L}\\p{N}_])`,
  "gu"
)

// A warning about someone impersonating an officer names the impersonated, not the accused.
const IMPERSONATION = /\b(?:claim|claiming|claims|pretend|pretending|posing|poses|impersonat\w*|fake|spoof\w*)\b/i
const CONVICTION = /\b(?:convicted|pleaded guilty|pled guilty|found guilty|sentenced)\b/i
const CAPITALISED_WORD = /(?<![\p{L}\p{N}'’])\p{Lu}[\p{L}'’&-]*/gu
const PRONOUN_SUBJECT = /^\s*(?:he|she|they|it)\b/i

function namesSomeone(context: RuleContext, from: number, to: number): boolean {
  const spanText = context.draft.text.slice(from, to)
  // Skip a leading label such as "PSA:" or "Heads up:" so its capital does not count.
  const labelEnd = spanText.lastIndexOf(":")
  const subject = labelEnd >= 0 ? spanText.slice(labelEnd + 1) : spanText
  const leadingIndex = subject.search(/\S/)
  const capitalised = [...subject.matchAll(CAPITALISED_WORD)].filter(
    (match) => match[0] !== "I" && match.index !== leadingIndex
  )
  if (capitalised.length > 0) return true
  return context.personNames.some((name) => name.start >= from && name.end <= to)
}

// Scam and crime warnings accuse unknown people: "Scammers on Facebook Marketplace are cheating buyers".
const GENERIC_ACTOR_SUBJECT =
  /^\s*(?:[\p{L}\s]{0,20}:\s*)?(?:some\s+|these\s+|the\s+)?(?:scammers|fraudsters|thieves|crooks|criminals|callers?|people|someone|somebody|con artists|imposters|impostors|sellers|buyers|texts|emails|websites|accounts|profiles|listings|fake\s+\S+)\b/iu

function subjectIsIdentifiable(context: RuleContext, sentenceIndex: number, predicateStart: number): boolean {
  const sentence = context.sentences[sentenceIndex]
  if (GENERIC_ACTOR_SUBJECT.test(context.draft.text.slice(sentence.start, predicateStart))) return false
  if (namesSomeone(context, sentence.start, predicateStart)) return true
  // "They rip people off": the one accused was named in the sentence before.
  const subject = context.draft.text.slice(sentence.start, predicateStart)
  const previous = context.sentences[sentenceIndex - 1]
  return PRONOUN_SUBJECT.test(subject) && previous !== undefined && namesSomeone(context, previous.start, previous.end)
}

function accusationMatch(context: RuleContext, found: Span): RuleMatch | null {
  const { text } = context.draft
  if (isQuoted(text, found)) return null
  const sentenceIndex = sentenceIndexAt(context.sentences, found.start)
  if (sentenceIndex < 0) return null
  const sentence = context.sentences[sentenceIndex]
  if (IMPERSONATION.test(sentence.text) || CONVICTION.test(sentence.text)) return null
  if (!subjectIsIdentifiable(context, sentenceIndex, found.start)) return null
  return {
    start: found.start,
    end: found.end,
    message: `"${text.slice(found.start, found.end)}" accuses an identifiable person or business of dishonesty or crime as a fact. Unproven accusations on a department page can defame them.`,
    fix: "State only what is on the record (a report, an arrest, a charge, a conviction) or remove the accusation."
  }
}

export default defineRule({
  id: "harassment-defamation",
  title: "Accusation against a named person or business",
  category: "harassment",
  defaultSeverity: "block",
  citation: cite("cityThreatDefame"),
  rationale:
    "The City removes content that defames any person or organization. A police page calling a named business or person crooks carries the weight of an official finding that no court has made.",
  cases: {
    fire: [
      {
        text: "PSA: Northgate Auto Sales on Hilltop is a bunch of crooks who roll back odometers. Buyer beware!",
        excerpt: "is a bunch of crooks"
      },
      { text: "Everyone at Valley View Storage knows Gary Holt is a thief.", excerpt: "is a thief" },
      { text: "Avoid Quick Cash Pawn on Market St. They rip people off every day.", excerpt: "rip people off" }
    ],
    pass: [
      { text: "Scammers are targeting seniors with fake jury-duty calls. Hang up.", note: "A generic group, no one identifiable." },
      {
        text: "The caller claiming to be Sergeant Miller is a scammer. We never ask for gift cards.",
        note: "Impersonation warning: the named officer is the one being impersonated."
      },
      { text: "Thieves look for easy targets. Don't leave bags in view.", note: "Generic crime-prevention tip." },
      { text: "Dale Ortiz, 44, was convicted Tuesday and is a registered offender.", note: "A conviction on the record." }
    ]
  },
  detect(context) {
    const matches: RuleMatch[] = []
    for (const found of [...findPattern(context.normalized, ACCUSATION), ...findPattern(context.normalized, RIP_OFF)]) {
      const match = accusationMatch(context, found)
      if (match) matches.push(match)
    }
    return matches
  }
})
