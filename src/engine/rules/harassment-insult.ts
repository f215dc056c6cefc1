import { defineRule, type RuleMatch } from "../rule"
import { cite } from "../policy/clauses"
import { ALWAYS_INSULTING, INSULTING_WHEN_AIMED, wholeWordPattern } from "../text/insult-terms"
import { isQuoted } from "../text/quoted-spans"
import { sentenceAt } from "../text/sentence-lookup"
import { findPattern } from "../text/terms"

const ALWAYS = wholeWordPattern(ALWAYS_INSULTING)
// Calling someone a monster or an animal for what they did: "the monster who hurt this little girl".
// "What kind of sick animal steals a wheelchair": the deed may follow without "who"; a passive
// ("the animals that were killed") is about real animals.
const DEHUMANIZING =
  /\b(?:monsters?|animals?|beasts?|savages?|vermin)\s+(?:(?:who|that)\s+)?(?:(?!(?:was|were|been|is|are|being|got|get)\s)[a-z'’-]+\s+){0,2}?(?:hurt|hurts|attacked|attacks|abused|abuses|molested|molests|killed|kills|murdered|robbed|robs|stole|steals|beat|beats|raped|shot|shoots|stabbed|targeted|targets|preyed|preys|did this|did that|would do)(?![\p{L}])/gu
const WHEN_AIMED = wholeWordPattern(INSULTING_WHEN_AIMED)

// Frames that aim a word at someone, tested on the sentence text before and after the word.
const INTENSIFIERS = "(?:(?:total|complete|absolute|real|little|sorry|spineless|gutless|pathetic|such|utter)\\s+)*"
const ADDRESSED_BEFORE = new RegExp(
  `(?:\\b(?:you|ya|u|you['’]re|youre|you are|ur|hey,?)\\s+(?:(?:a|an|just|such a|nothing but)\\s+)?${INTENSIFIERS}$)`
)
const POINTED_BEFORE = new RegExp(
  `\\b(?:this|that|these|those|some|what an?|such an?|another)\\s+${INTENSIFIERS}(?:[a-z'’-]+\\s+)?$`
)
const PERSON_SUBJECT = /\b(?:he|she|they|you|guy|man|woman|driver|suspect|person|whoever|anyone who|people who)\b/
const PREDICATE_BEFORE = new RegExp(
  `\\b(?:is|was|are|were|['’]s|['’]re)\\s+(?:just\\s+|nothing but\\s+|a bunch of\\s+)?(?:an?\\s+)?${INTENSIFIERS}$`
)
const VOCATIVE_BEFORE = /(?:^|[,:;—–-]\s*|\bhey,?\s+)$/
const ADDRESSED_AFTER = /^\s+like (?:you|him|her|them|this)\b/
const TO_THE_BEFORE = /\bto (?:the|all the|whatever|whoever|that|this)\s+(?:[a-z'’-]+\s+)?$/
const TO_THE_AFTER = /^\s+(?:"[^"\n]{1,40}"\s+|“[^”\n]{1,40}”\s+)?(?:who|in|that|driving|at|on|behind|with)\b/

// "…country, blues, punk.": two short items before the word make it the end of a list.
const ENDS_A_LIST = /(?:^|[,:;])\s*[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s*,\s*[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s*,?\s*(?:and\s+|or\s+)?$/u

// "we caught the creep who's been peeping": a label with a relative clause picks out one person.
const DEFINITE_BEFORE = new RegExp(`\\bthe\\s+${INTENSIFIERS}$`)
// "who" is always a person; "that" only with a past-tense deed ("the thugs that robbed", not "the parasites that cause").
const RELATIVE_AFTER = /^\s+(?:who\b|that\s+(?:[a-z'’]+\s+){0,2}?[a-z]+ed\b)/

function isAimedAtSomeone(before: string, after: string): boolean {
  if (DEFINITE_BEFORE.test(before) && RELATIVE_AFTER.test(after)) return true
  if (ADDRESSED_BEFORE.test(before) || ADDRESSED_AFTER.test(after) || POINTED_BEFORE.test(before)) return true
  if (TO_THE_BEFORE.test(before) && TO_THE_AFTER.test(after)) return true
  if (PREDICATE_BEFORE.test(before) && PERSON_SUBJECT.test(before)) return true
  // A bare word as its own exclamation ("Pathetic.") or a name-call closing a sentence
  // ("…one shift, tough guy?", "…get a life, loser.").
  if (VOCATIVE_BEFORE.test(before) && /^\s*(?:[?!]+\s*)?$/.test(after)) return true
  // With a full stop, only when no earlier comma makes it the end of a list ("country, blues, punk.").
  if (VOCATIVE_BEFORE.test(before) && /^\s*\.+\s*$/.test(after) && !ENDS_A_LIST.test(before)) return true
  return before.trim() === "" && /^\s*[.!?]*\s*$/.test(after)
}

function insultMatch(word: string, start: number, end: number): RuleMatch {
  return {
    start,
    end,
    message: `"${word}" is name-calling aimed at a person. Insults and abusive language on a department page are prohibited and damage public trust.`,
    fix: "Describe what the person did, factually, without labels or insults."
  }
}

export default defineRule({
  id: "harassment-insult",
  title: "Insult aimed at a person",
  category: "harassment",
  defaultSeverity: "block",
  citation: cite("rpd321_5a"),
  rationale:
    "Policy 321.5(a) prohibits abusive and inflammatory content. Name-calling a driver, a suspect or a commenter is abuse, whatever they did.",
  cases: {
    fire: [
      {
        text: "To the moron who ran the red light at Cypress and Hilltop this morning: you are a complete idiot.",
        excerpt: "moron"
      },
      { text: "Hey Jake Miller, you're a coward. Turn yourself in.", excerpt: "coward" },
      { text: "Think it's funny to key cars, tough guy? Pathetic.", excerpt: "Pathetic" },
      { text: "Some dirtbag stole the donation jar from the animal shelter.", excerpt: "dirtbag" },
      { text: "What a loser. He stole a kid's bike from the library rack.", excerpt: "loser" }
    ],
    pass: [
      { text: "Thieves look for easy targets. Lock your car and take your valuables inside.", note: "Generic advice, no insult." },
      { text: "Temperatures will creep up over 100 this weekend; check on elderly neighbors.", note: "'creep' as a verb." },
      { text: "The punk rock show at the Civic Auditorium has been moved to Sunday.", note: "'punk' as music." },
      {
        text: 'Scam alert: the caller says "you idiot, you missed jury duty" and demands gift cards. Hang up.',
        note: "Quoted scam message, not the agency's words."
      },
      { text: "Please bring trash bags and gloves to Saturday's river cleanup.", note: "'trash' as litter." }
    ]
  },
  detect(context) {
    const { text } = context.draft
    const matches: RuleMatch[] = []
    for (const found of findPattern(context.normalized, ALWAYS)) {
      if (isQuoted(text, found)) continue
      matches.push(insultMatch(text.slice(found.start, found.end), found.start, found.end))
    }
    for (const found of findPattern(context.normalized, DEHUMANIZING)) {
      if (isQuoted(text, found)) continue
      const word = /^\S+/.exec(text.slice(found.start, found.end))?.[0] ?? ""
      matches.push(insultMatch(word, found.start, found.start + word.length))
    }
    for (const found of findPattern(context.normalized, WHEN_AIMED)) {
      if (isQuoted(text, found)) continue
      const sentence = sentenceAt(context.sentences, found.start)
      if (!sentence) continue
      const before = text.slice(sentence.start, found.start).toLowerCase()
      const after = text.slice(found.end, sentence.end).toLowerCase()
      if (!isAimedAtSomeone(before, after)) continue
      matches.push(insultMatch(text.slice(found.start, found.end), found.start, found.end))
    }
    return matches
  }
})
