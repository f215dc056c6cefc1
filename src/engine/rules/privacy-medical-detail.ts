import { cite } from "../policy/clauses"
import { defineRule, type RuleMatch } from "../rule"
import { firstNameGender } from "../text/names"
import { privateMentions, type PersonMention } from "../text/person-roles"
import { findPattern } from "../text/terms"
import { sentenceIndexAt } from "../text/sentence-lookup"

function wholeWords(terms: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.join("|")})(?![\\p{L}\\p{N}])`, "gu")
}

// Diagnoses, mental health, substance use, medication and pregnancy: private for anyone named.
const HEALTH_CONDITION = wholeWords([
  "schizophreni\\p{L}*", "bipolar(?: disorder)?", "psychosis", "psychotic (?:episode|break)",
  "psychiatric (?:hold|evaluation|facility|history|unit|ward|care|treatment|condition|illness)",
  "mental[- ]health (?:hold|crisis|evaluation|history|condition|issues|illness|disorder|treatment|facility|diagnosis|problems)",
  "mental illness", "mentally ill", "5150(?: hold)?", "\\d{2}[- ]hour (?:mental health |psychiatric |involuntary )?hold",
  "involuntary (?:hold|commitment)", "(?:clinical |major |severe |chronic )?depression", "depressive disorder", "anxiety disorder", "ptsd",
  "post-traumatic stress", "autism", "autistic", "dementia", "alzheimer['’]?s", "suicidal", "suicide attempt", "attempted suicide",
  "tried to (?:kill|hurt) (?:himself|herself|themselves)", "self-harm", "eating disorder", "adhd", "ocd",
  "overdos(?:e|ed|es|ing)", "(?:meth|heroin|drug|opioid|fentanyl|crack|pill) (?:addicts?|addiction|habit|problem)", "alcoholics?", "addicts?", "od['’]d", "addicted to", "addiction", "drug rehab", "rehab(?:ilitation)? (?:center|facility|program)", "detox",
  "substance abuse (?:treatment|disorder|history|problem)", "methadone", "suboxone",
  "(?:his|her|their) (?:[\\p{L}-]+ )?(?:medications?|meds|prescriptions?|pills)",
  "(?:anxiety|depression|seizure|psychiatric|psych|mental health|pain|heart|blood pressure|diabetes) (?:medications?|meds|pills|prescriptions?)", "insulin", "chemo(?:therapy)?", "dialysis",
  "antidepressants?", "antipsychotics?", "hiv(?:-positive| positive)?", "aids", "hepatitis(?: [abc])?", "cancer", "leukemia", "tumou?r",
  "diabet(?:es|ic)", "epilep(?:sy|tic)", "seizure disorder", "heart condition", "pregnant", "pregnancy", "miscarriage", "std",
  "sexually transmitted", "terminally ill", "terminal illness"
])
// Specific injuries and hospital care. Generic outcomes ("minor injuries", "treated and released",
// "taken to a hospital") are what releases normally say and are left alone; an arrestee's or
// suspect's injuries from the incident are part of the release too.
const INJURY_DETAIL = wholeWords([
  "broken (?:jaw|arm|arms|leg|legs|nose|ribs?|neck|back|pelvis|hip|wrist|ankle|collarbone|skull|eye socket)", "fractured \\p{L}+",
  "skull fracture", "concussion", "brain (?:injury|bleed|damage)", "traumatic brain", "gunshot wounds?", "stab wounds?",
  "lacerations? to (?:his|her|the)", "paraly[sz](?:ed|is)", "coma", "comatose", "life support", "critical condition", "in surgery",
  "underwent surgery", "emergency surgery", "intensive care", "icu", "amputat\\p{L}*", "internal bleeding", "hospitali[sz]ed",
  "admitted to (?:the|a) hospital", "remains? (?:in|at) (?:the|a) hospital"
])
// The lower-case normalised text would turn "AIDS" into the verb "aids": that one term must be upper case.
const UPPER_CASE_ONLY = new Set(["aids", "std", "icu", "ocd", "adhd"])
const PRONOUN = /\b(he|she|his|her|him)\b/i
const FEMALE_PRONOUN = /^(?:she|her)$/i

/** The named private person a medical term in this sentence is about, if any. */
function personFor(
  mentions: readonly PersonMention[],
  sentenceIndex: number,
  sentenceText: string
): PersonMention | null {
  const inSentence = mentions.filter((mention) => mention.sentenceIndex === sentenceIndex)
  if (inSentence.length > 0) return inSentence[inSentence.length - 1]
  // "He was placed on a 72-hour hold": the one person named in the two sentences before.
  const pronoun = PRONOUN.exec(sentenceText)
  if (!pronoun) return null
  const earlier = mentions.filter(
    (mention) => mention.sentenceIndex >= sentenceIndex - 2 && mention.sentenceIndex < sentenceIndex
  )
  const people = new Set(earlier.map((mention) => mention.personId))
  if (people.size !== 1) return null
  const person = earlier[earlier.length - 1]
  const gender = firstNameGender(person.name.text.split(/\s+/)[0])
  const female = FEMALE_PRONOUN.test(pronoun[1])
  if (gender && (gender === "female") !== female) return null
  return person
}

export default defineRule({
  id: "privacy-medical-detail",
  title: "Medical details of a named person",
  category: "privacy",
  defaultSeverity: "block",
  citation: cite("rpd321_5b"),
  rationale:
    "Health and mental-health information is confidential (HIPAA, California's CMIA); naming a person together with a diagnosis, medication, overdose, psychiatric hold or specific injuries discloses it.",
  cases: {
    fire: [
      {
        text: "The man detained, Trevor Lusk, 44, has a long history of schizophrenia and had stopped taking his medication.",
        excerpt: "schizophrenia"
      },
      {
        text: "Officers contacted Dana Whitfield at her home on Tuesday. She was placed on a 5150 hold and taken to Mercy.",
        excerpt: "5150 hold",
        note: "The pronoun refers to the only person named just before."
      },
      {
        text: "Ronald Teague, 38, was booked after treatment for an overdose at the scene.",
        excerpt: "overdose",
        note: "An arrestee's health is private too."
      },
      {
        text: "Kayla Brennan, who is pregnant, was not hurt in the crash.",
        excerpt: "pregnant"
      }
    ],
    pass: [
      {
        text: "Naloxone (Narcan) reverses an opioid overdose. Ask about free Narcan at Shasta County Public Health.",
        note: "A general health tip names no one."
      },
      {
        text: "The victim, a 58-year-old Redding woman, was treated at a local hospital for non-life-threatening injuries.",
        note: "An unnamed victim and a generic outcome."
      },
      {
        text: "Sgt. Lisa Brandt retires after 29 years; she beat cancer twice and never missed a shift she could work.",
        note: "An officer's own story, not a private person's."
      },
      {
        text: "If you or someone you know is struggling with mental illness or addiction, call or text 988 any time.",
        note: "Resources for the public, about no one in particular."
      }
    ]
  },
  detect(context) {
    const matches: RuleMatch[] = []
    const conditions = findPattern(context.normalized, HEALTH_CONDITION)
    const injuries = findPattern(context.normalized, INJURY_DETAIL)
    if (conditions.length === 0 && injuries.length === 0) return matches
    // A missing at-risk person's condition ("has dementia") is what helps the public find them.
    const mentions = privateMentions(context).filter((mention) => !mention.isMissing)
    if (mentions.length === 0) return matches
    const terms = [
      ...conditions.map((term) => ({ ...term, injury: false })),
      ...injuries.map((term) => ({ ...term, injury: true }))
    ].sort((a, b) => a.start - b.start)
    for (const term of terms) {
      const original = context.draft.text.slice(term.start, term.end)
      if (UPPER_CASE_ONLY.has(term.term) && original !== original.toUpperCase()) continue
      const sentenceIndex = sentenceIndexAt(context.sentences, term.start)
      if (sentenceIndex < 0) continue
      const person = personFor(mentions, sentenceIndex, context.sentences[sentenceIndex].text)
      if (!person || (term.injury && person.isAccused)) continue
      matches.push({
        start: term.start,
        end: term.end,
        message: `"${original}" is a medical detail about ${person.name.text}, who is named in this post. Health information is confidential and may not be posted about an identifiable person.`,
        fix: "Remove the medical detail, or remove the name and anything else that identifies the person."
      })
    }
    return matches
  }
})
