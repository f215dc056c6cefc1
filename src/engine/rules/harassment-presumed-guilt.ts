import { defineRule, type RuleContext, type RuleMatch } from "../rule"
import { cite } from "../policy/clauses"
import { isQuoted } from "../text/quoted-spans"
import { sentenceAt } from "../text/sentence-lookup"
import { findPattern, type Span } from "../text/terms"

// Once a court has spoken, calling someone what they were convicted of is accurate.
const CONVICTION = /\b(?:convicted|pleaded guilty|pled guilty|found guilty|sentenced|jury verdict|guilty plea)\b/i
// Words that keep a statement an allegation rather than a verdict.
const HEDGE =
  /\b(?:alleged|allegedly|accused|suspected|suspicion|reportedly|charged|believed to|police say|according to|investigat\w*|may have|might have|possibly|probable cause)\b/i

const OFFENDER_LABEL =
  "killer|murderer|rapist|child molester|molester|pedophile|thief|robber|arsonist|burglar|kidnapper|carjacker|child abuser|abuser|drug dealer|dealer|shooter|stalker"
// "the killer Ronald Teague", "identified the killer in Sunday's shooting as …"
const LABEL_BEFORE_NAME = new RegExp(`\\b(?:the|a|an|accused)\\s+(?:${OFFENDER_LABEL})(?![\\p{L}])`, "gu")
const NAME_AFTER_LABEL = /^\s+(?:\p{Lu}[\p{L}'’-]+)(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{L}'’-]+/u
const IDENTIFIED_AS = /\bidentified\b[^.!?\n]{0,20}$/i
const AS_NAME_LATER = /^[^.!?\n]{0,80}?\bas\s+\p{Lu}[\p{L}'’-]+\s+(?:\p{Lu}\.\s+)?\p{Lu}[\p{L}'’-]+/u

const CRIME_VERBS =
  "did it|did this|is guilty|is the (?:killer|thief|one who did it)|murdered|killed|raped|molested|stabbed|shot|strangled|poisoned|drowned|beat|robbed|kidnapped|assaulted|abused|stole|embezzled|defrauded|swindled|burglarized|set fire to|torched"
const CRIME_VERB = new RegExp(`\\b(?:${CRIME_VERBS})(?![\\p{L}])`, "gu")
// "Teague murdered", "Ronald Teague, 38, murdered"
const NAME_RIGHT_BEFORE = /(\p{Lu}[\p{L}'’-]+)(?:,\s*\d{1,3},)?\s+$/u
const RANK_BEFORE = /\b(?:officer|ofc|sgt|sergeant|deputy|detective|det|cpl|corporal|lt|lieutenant|capt|captain|chief|trooper|agent|k9)\.?\s+(?:\p{Lu}[\p{L}'’-]+\s+)?$/iu

// "we all know he took it", "everybody knows she did it"
const EVERYBODY_KNOWS =
  /\b(?:we all|everyone|everybody|the whole town|all of (?:us|redding)) knows?,? (?:that )?(?:(?:he|she|they) (?:did it|did this|did that|took it|stole it|is guilty|are guilty|was behind it|were behind it|is responsible)|it was (?:him|her|them))(?![\p{L}])/gu
const GUILTY_PERSON = /\b(?:he|she) (?:is|was) guilty(?![\p{L}])/gu

/** Surnames of people named in the draft, so a later "Teague murdered" is recognised. */
function knownSurnames(context: RuleContext): Set<string> {
  const surnames = new Set<string>()
  for (const name of context.personNames) {
    const parts = name.text.split(/\s+/)
    surnames.add(parts[parts.length - 1].toLowerCase())
  }
  return surnames
}

function presumedGuiltMatch(found: Span, text: string): RuleMatch {
  return {
    start: found.start,
    end: found.end,
    message: `"${text.slice(found.start, found.end)}" states as fact that someone committed a crime, but no conviction is mentioned. Until a court decides, a person is only arrested, charged or suspected.`,
    fix: 'Use the record\'s words: "arrested on suspicion of", "charged with", "wanted for", or "alleged".'
  }
}

function labelledNames(context: RuleContext): Span[] {
  const { text } = context.draft
  const found: Span[] = []
  for (const label of findPattern(context.normalized, LABEL_BEFORE_NAME)) {
    const after = text.slice(label.end, label.end + 120)
    const before = text.slice(Math.max(0, label.start - 40), label.start)
    if (NAME_AFTER_LABEL.test(after) || (IDENTIFIED_AS.test(before) && AS_NAME_LATER.test(after))) found.push(label)
  }
  return found
}

function namedPerpetrators(context: RuleContext): Span[] {
  const { text } = context.draft
  let surnames: Set<string> | undefined
  const found: Span[] = []
  for (const verb of findPattern(context.normalized, CRIME_VERB)) {
    const before = text.slice(Math.max(0, verb.start - 60), verb.start)
    const name = NAME_RIGHT_BEFORE.exec(before)
    if (!name || RANK_BEFORE.test(before)) continue
    // Names cost a parse: only look them up once a capitalised word stands right before a crime verb.
    surnames ??= knownSurnames(context)
    const subjectEnd = verb.start - (before.length - name.index)
    const isPerson =
      surnames.has(name[1].toLowerCase()) ||
      context.personNames.some((person) => person.end >= subjectEnd - 1 && person.start <= subjectEnd)
    if (isPerson) found.push({ start: verb.start - (before.length - name.index), end: verb.end })
  }
  return found
}

export default defineRule({
  id: "harassment-presumed-guilt",
  title: "Guilt stated before a conviction",
  category: "harassment",
  defaultSeverity: "block",
  citation: cite("cityThreatDefame"),
  rationale:
    "An arrested or wanted person has not been convicted. Calling them a killer or saying they did it defames them if they are acquitted, can taint a jury, and breaks the department's duty to protect everyone's constitutional rights.",
  cases: {
    fire: [
      {
        text: "Detectives have identified the killer in Sunday's shooting as Ronald Teague, 38, of Redding. A warrant has been issued for his arrest.",
        excerpt: "the killer"
      },
      {
        text: "Officers arrested Ronald Teague, 38. Teague murdered his neighbor over a parking dispute.",
        excerpt: "Teague murdered"
      },
      { text: "Police are searching for the rapist Colin Marsh, last seen near the river trail.", excerpt: "the rapist" },
      {
        text: "Pastor Glen Oberholt hasn't been charged with anything, but let's be honest: we all know he took it.",
        excerpt: "we all know he took it"
      }
    ],
    pass: [
      { text: "Ronald Teague, 38, was arrested on suspicion of murder and booked into the Shasta County Jail.", note: "The record's wording." },
      { text: "Teague was convicted of murder in 2021; he murdered his neighbor over a parking dispute.", note: "A conviction is on the record." },
      { text: "One pill can kill. Fentanyl killer pills look like real Percocet.", note: "'kill' about drugs, no person." },
      { text: "The suspect, described as a white male in his 30s, robbed the clerk at gunpoint.", note: "An unnamed suspect in a request for information." },
      { text: "Officer Ruiz shot the suspect after he fired at officers; the incident is under investigation.", note: "An officer-involved shooting report." }
    ]
  },
  detect(context) {
    const { text } = context.draft
    if (CONVICTION.test(text)) return []
    const candidates = [
      ...labelledNames(context),
      ...namedPerpetrators(context),
      ...findPattern(context.normalized, EVERYBODY_KNOWS),
      ...findPattern(context.normalized, GUILTY_PERSON)
    ]
    const matches: RuleMatch[] = []
    for (const found of candidates) {
      if (isQuoted(text, found)) continue
      const sentence = sentenceAt(context.sentences, found.start)
      const sentenceText = sentence ? text.slice(sentence.start, sentence.end) : ""
      if (HEDGE.test(sentenceText) && !/\b(?:know|knows)\b/i.test(sentenceText)) continue
      matches.push(presumedGuiltMatch(found, text))
    }
    return matches
  }
})
