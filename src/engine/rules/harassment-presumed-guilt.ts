import { defineRule, type RuleContext, type RuleMatch } from "../rule"
import { cite } from "../policy/clauses"
import { isQuoted } from "../text/quoted-spans"
import { sentenceAt, sentenceIndexAt } from "../text/sentence-lookup"
import { findPattern, type Span } from "../text/terms"

// Once a court has spoken, calling someone what they were convicted of is accurate.
const CONVICTION = /\b(?:convicted|pleaded guilty|pled guilty|pleads guilty|found guilty|finds (?:him|her|them) guilty|sentenced|jury verdict|guilty (?:plea|verdict))\b/i
// Words that keep a statement an allegation rather than a verdict.
const HEDGE =
  /\b(?:alleged|allegedly|accused|suspected|suspicion|reportedly|charged|believed to|police say|according to|investigat\w*|may have|might have|possibly|probable cause)\b/i
// "has not been charged" makes a guilty statement worse, not hedged.
const NOT_CHARGED = /\b(?:has|have|had|was|were|is|are)(?:\s+not|n['’]t)(?:\s+(?:yet|even|been|yet been|even been))*\s+(?:been\s+)?charged\b|\bnot (?:yet )?(?:been )?charged\b|\buncharged\b|\bwithout (?:being )?charged?\b/gi

const OFFENDER_LABEL =
  "killer|murderer|rapist|child molester|molester|pedophile|predator|child predator|sexual predator|thief|car thief|robber|bank robber|arsonist|burglar|kidnapper|carjacker|child abuser|abuser|wife beater|drug dealer|dealer|shooter|gunman|stalker|embezzler"
// "the killer Ronald Teague", "identified the killer in Sunday's shooting as …"
const LABEL_BEFORE_NAME = new RegExp(`\\b(?:the|a|an|accused)\\s+(?:${OFFENDER_LABEL})(?![\\p{L}])`, "gu")
// A label used as a title, with no article: "Child molester Dennis Pruitt, 58, was arrested".
const BARE_LABEL = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${OFFENDER_LABEL})(?![\\p{L}])`, "gu")
// "Marcus Yates, the thief who …": the label in apposition right after a name.
const APPOSITION_BEFORE_LABEL = /^,\s*(?:\d{1,3},\s*)?(?:the|a|an)\s+$/i
const NAME_AFTER_LABEL = /^\s+(?:\p{Lu}[\p{L}'’-]+)(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{L}'’-]+/u
const IDENTIFIED_AS = /\bidentified\b[^.!?\n]{0,20}$/i
// "identified the arsonist who torched the units: Kevin Marsh" names them after a colon or dash too.
const AS_NAME_LATER = /^[^.!?\n:]{0,80}?(?:\bas|[:—–])\s+\p{Lu}[\p{L}'’-]+\s+(?:\p{Lu}\.\s+)?\p{Lu}[\p{L}'’-]+/u

const CRIME_VERBS =
  "did it|did this|is guilty|is the (?:killer|thief|one who did it)|murdered|killed|raped|molested|stabbed|shot|strangled|poisoned|drowned|beat|robbed|kidnapped|assaulted|abused|stole|embezzled|defrauded|swindled|scammed|conned|cheated|burglarized|set fire to|torched|ran an? (?:ponzi|pyramid|fraud|scam|con|drug)\\w*|sold (?:drugs|fentanyl|meth)|dealt (?:drugs|fentanyl|meth)"
const CRIME_VERB = new RegExp(`\\b(?:${CRIME_VERBS})(?![\\p{L}])`, "gu")
// "Teague murdered", "Ronald Teague, 38, murdered"
const NAME_RIGHT_BEFORE = /(\p{Lu}[\p{L}'’-]+)(?:,\s*\d{1,3},)?\s+$/u
const RANK_BEFORE = /\b(?:officer|ofc|sgt|sergeant|deputy|detective|det|cpl|corporal|lt|lieutenant|capt|captain|chief|trooper|agent|k9)\.?\s+(?:\p{Lu}[\p{L}'’-]+\s+)?$/iu

const RESPONSIBLE_FOR_IT =
  "did it|did this|did that|took it|stole it|stole (?:the|those|that|them)|set (?:the|those|that) fires?|is guilty|are guilty|was behind (?:it|this|that|the|those)|were behind (?:it|this|that|the|those)|is responsible|are responsible|is the one who|was the one who|are the ones who|killed|murdered|robbed"
// "we all know he took it", "everyone in Cottonwood knows Jeremy Fults is the one who set those fires"
const EVERYBODY_KNOWS = new RegExp(
  `\\b(?:we all|everyone|everybody|the whole (?:town|city|county|neighbou?rhood)|all of (?:us|redding)|the whole world)(?:\\s+(?:in|around|here in|at)\\s+[\\p{L}'’]+(?:\\s[\\p{L}'’]+)?)?\\s+knows?,?\\s+(?:that\\s+)?(?:it was (?:him|her|them)|[^.!?\\n]{1,40}?\\b(?:${RESPONSIBLE_FOR_IT}))(?![\\p{L}])`,
  "gu"
)
const GUILT_ADVERB = "(?:clearly|obviously|definitely|certainly|absolutely|undoubtedly|totally|plainly|100%|so|guilty as sin and)"
// "he is guilty", "the suspect … is clearly guilty", "they're obviously guilty"
const GUILTY_PERSON = new RegExp(
  `\\b(?:(?:he|she|they)(?:\\s+(?:is|was|are|were)|['’]s|['’]re)(?:\\s+${GUILT_ADVERB})?|(?:is|was|are|were)\\s+${GUILT_ADVERB})\\s+guilty(?![\\p{L}])`,
  "gu"
)
// Conditions and questions do not assert guilt: "until he is proven guilty", "whether she is guilty".
const CONDITIONAL_BEFORE = /\b(?:if|whether|until|unless)\b[^.!?\n]{0,25}$/i
// "He did it", "she's the one who did it", stated about someone the post ties to a crime.
const DID_IT = new RegExp(
  `\\b(?:he|she|they)(?:\\s+(?:clearly|obviously|definitely|totally|absolutely|100%))?\\s+(?:did it|did this|did that|is the one who|was the one who|is behind (?:it|this|these|those|the)|was behind (?:it|this|these|those|the))(?![\\p{L}])`,
  "gu"
)
const CRIME_CONTEXT =
  /\b(?:charged|charges|arrest\w*|suspect\w*|crimes?|criminal|robb\w*|stole|stolen|theft|thefts|burglar\w*|murder\w*|kill\w*|shoot\w*|shot|fires?|arson|assault\w*|video|evidence|custody|jail|warrant|vandal\w*|case)\b/i

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
  for (const label of findPattern(context.normalized, BARE_LABEL)) {
    if (found.some((other) => other.start <= label.start && label.end <= other.end)) continue
    const namedRightAfter = context.personNames.some((name) => name.start > label.end && /^\s+$/.test(text.slice(label.end, name.start)))
    const articleStart = /(?:the|a|an)\s+$/i.exec(text.slice(Math.max(0, label.start - 6), label.start))
    const namedRightBefore =
      articleStart !== null &&
      context.personNames.some((name) => name.end < label.start && APPOSITION_BEFORE_LABEL.test(text.slice(name.end, label.start)))
    if (namedRightAfter || namedRightBefore) found.push(label)
  }
  return found
}

// What a person "is the one who" did: "is the guy who's been stealing packages".
const CRIME_DONE_WORDS = "stealing|stole|robbing|robbed|breaking into|broke into|burglarizing|burglarized|killing|killed|murdered|shooting|shot|stabbing|stabbed|setting|set|dealing|selling drugs|vandalizing|vandalized|tagging|assaulting|assaulted|attacking|attacked|molesting|molested"
// "he is the burglar who …", "Cody Ames was the shooter": a label stated of a named person.
const COPULA_LABEL = new RegExp(
  `\\b(?:is|was|are|were|['’]s|['’]re)\\s+(?:(?:definitely|clearly|obviously|certainly|absolutely|undoubtedly|also)\\s+)?(?:(?:the|a|an)\\s+(?:[a-z-]+\\s+){0,2}?(?:${OFFENDER_LABEL})|the (?:guy|man|woman|person|one|individual|kid|people|ones)\\s+(?:who|that)(?:['’]s|\\s+has|\\s+had|\\s+have)?(?:\\s+been)?\\s+(?:${CRIME_DONE_WORDS}))(?![\\p{L}])`,
  "gu"
)
const SUBJECT_PRONOUN = /\b(?:he|she|they)\s*(?:['’][sr]e?)?\s*$/i
const OFFICIAL_TITLE = /^(?:officer|ofc|sgt|sergeant|deputy|detective|det|cpl|corporal|lt|lieutenant|capt|captain|chief|trooper|agent)\.?$/i

/** A label stated of a named private person, or of "he"/"she" right after one was named. */
function labelsOfNamedPeople(context: RuleContext): Span[] {
  const { text } = context.draft
  const found: Span[] = []
  for (const claim of findPattern(context.normalized, COPULA_LABEL)) {
    const index = sentenceIndexAt(context.sentences, claim.start)
    if (index < 0) continue
    const sentence = context.sentences[index]
    const from = context.sentences[Math.max(0, index - 1)].start
    const privateNames = context.personNames.filter(
      (name) => name.start >= from && name.end <= claim.start && !(name.title && OFFICIAL_TITLE.test(name.title))
    )
    const subject = text.slice(sentence.start, claim.start)
    // The name is the subject: right before, or before an age and a short participle ("Brian Novak, 33, arrested Tuesday, is …").
    const namedSubject = privateNames.some(
      (name) => name.start >= sentence.start && /^\s*(?:,\s*\d{1,3})?(?:,\s*[\p{L}\d ]{1,30})?,?\s*$/u.test(text.slice(name.end, claim.start))
    )
    const pronounSubject = SUBJECT_PRONOUN.test(subject) && privateNames.length > 0
    if (namedSubject || pronounSubject) found.push(claim)
  }
  return found
}

/** "He did it" where the sentence or the one before is about a crime. */
function didItClaims(context: RuleContext): Span[] {
  const found: Span[] = []
  for (const claim of findPattern(context.normalized, DID_IT)) {
    const index = sentenceIndexAt(context.sentences, claim.start)
    const window = context.sentences.slice(Math.max(0, index - 1), index + 1).map((sentence) => sentence.text).join(" ")
    if (CRIME_CONTEXT.test(window)) found.push(claim)
  }
  return found
}

function guiltyStatements(context: RuleContext): Span[] {
  const { text } = context.draft
  return findPattern(context.normalized, GUILTY_PERSON).filter(
    (found) => !CONDITIONAL_BEFORE.test(text.slice(Math.max(0, found.start - 40), found.start))
  )
}

function namedPerpetrators(context: RuleContext): Span[] {
  const { text } = context.draft
  let surnames: Set<string> | undefined
  const found: Span[] = []
  for (const verb of findPattern(context.normalized, CRIME_VERB)) {
    const before = text.slice(Math.max(0, verb.start - 60), verb.start)
    const name = NAME_RIGHT_BEFORE.exec(before)
    // "Kayla Dominguez, 19, killed by a drunk driver" is the victim of the verb, not its subject.
    if (!name || RANK_BEFORE.test(before) || /^\s+by\b/.test(text.slice(verb.end, verb.end + 4))) continue
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
      ...guiltyStatements(context),
      ...labelsOfNamedPeople(context),
      ...didItClaims(context)
    ]
    const matches: RuleMatch[] = []
    let coveredUpTo = -1
    for (const found of candidates.sort((a, b) => a.start - b.start)) {
      // Two phrasings of one claim ("everyone knows X is the one who set …") make one finding.
      if (found.start < coveredUpTo || isQuoted(text, found)) continue
      const sentence = sentenceAt(context.sentences, found.start)
      const sentenceText = sentence ? text.slice(sentence.start, sentence.end).replace(NOT_CHARGED, "") : ""
      if (HEDGE.test(sentenceText) && !/\b(?:know|knows)\b/i.test(sentenceText)) continue
      matches.push(presumedGuiltMatch(found, text))
      coveredUpTo = found.end
    }
    return matches
  }
})
