import { defineRule, type RuleMatch } from "../rule"
import { cite } from "../policy/clauses"
import { PROTECTED_GROUP_SOURCE, protectedClassAt } from "../text/protected-groups"
import { findPattern, type TermMatch } from "../text/terms"

const WORD_START = "(?<![\\p{L}\\p{N}])"
const WORD_END = "(?![\\p{L}\\p{N}])"

// What turns a group into a stereotype: a demeaning predicate about all of them.
const DEMEANING_PREDICATE = [
  "(?:are|were|is|be)\\s+(?:all\\s+|just\\s+|always\\s+|nothing\\s+but\\s+|such\\s+|the\\s+)?(?:an?\\s+)?(?:menaces?|problems?|criminals|thieves|crooks|lazy|animals|savages|dangerous|stupid|dumb|idiots|useless|worthless|parasites|trash|garbage|vermin|plague|terrorists|disgusting|leeches|freeloaders|scum|subhuman|drain|burden|inferior|(?:bad|terrible|awful|horrible|the\\s+worst)\\s+drivers|the\\s+worst|to\\s+blame|ruining\\s+\\w+)",
  "(?:never|don['’]?t|do\\s+not|can['’]?t|cannot|won['’]?t|refuse\\s+to)\\s+(?:change|respect|drive|work|learn|follow|obey|listen|assimilate|contribute|belong|be\\s+trusted|care|parallel\\s+park)",
  "should\\s+(?:lose|go\\s+back|be\\s+(?:banned|deported|locked\\s+up|kept\\s+off|sent\\s+back)|not\\s+be\\s+allowed|stay\\s+(?:home|off|out)|get\\s+out|leave\\s+the)",
  "(?:come|came)\\s+here\\s+(?:and|to\\s+steal)",
  "ruin(?:s|ed|ing)?\\s+(?:everything|our|this|the\\s+(?:neighborhood|city|town|country))",
  "(?:steal|stealing)\\s+from\\s+(?:hardworking|real|us|our)",
  "breed\\s+like",
  // "Mexicans always drive drunk": a crime or vice pinned on the whole group.
  "(?:always|all|usually|constantly)\\s+(?:drive\\s+drunk|drink\\s+and\\s+drive|steal|lie|cheat|deal\\s+drugs|sell\\s+drugs|do\\s+drugs|start\\s+(?:fights|trouble)|cause\\s+trouble|break\\s+the\\s+law|commit\\s+(?:crimes?|fraud))",
  // "the people on welfare are behind most of this": blaming a whole group for crime.
  "(?:are|is)\\s+(?:the\\s+ones\\s+)?(?:behind|responsible\\s+for|to\\s+blame\\s+for|the\\s+(?:reason|cause)\\s+(?:for|of))\\s+(?:(?:most|all|half)\\s+of\\s+(?:this|it|that|the\\s+(?:crime|crimes|thefts?|break-ins|burglaries|problems?|trouble))|(?:the\\s+)?(?:crime|crimes|thefts|break-ins|burglaries)\\b)",
  "(?:cause|commit|do)\\s+(?:most|all|half)\\s+(?:of\\s+)?(?:the\\s+)?(?:crime|crimes|thefts|break-ins|burglaries|problems)",
  "belong\\s+(?:in\\s+the\\s+kitchen|back\\s+(?:in|where))"
].join("|")

const GROUP_THEN_PREDICATE = new RegExp(
  `${WORD_START}(?:${PROTECTED_GROUP_SOURCE})${WORD_END}[^.!?\\n]{0,40}?${WORD_START}(?:${DEMEANING_PREDICATE})${WORD_END}`,
  "gu"
)

// Stereotypes and labels that demean on their own.
const DEMEANING_TROPE = new RegExp(
  `${WORD_START}(?:#?women\\s?drivers|(?:every\\s+(?:single\\s+)?one\\s+(?:was|is)\\s+a|another|typical|of\\s+course\\s+(?:it\\s+was\\s+)?a)\\s+(?:woman|female|lady|asian|old|elderly)\\s+driver|welfare\\s+queens?|(?:these|those)\\s+people\\s+(?:come|came)\\s+(?:over\\s+)?here|welfare\\s+people|anchor\\s+bab(?:y|ies)|illegals|illegal\\s+aliens|(?:leave|leaving)\\s+(?:the\\s+)?[\\p{L}-]+\\s+to\\s+the\\s+men|go\\s+back\\s+to\\s+(?:your|their|where\\s+(?:you|they))(?:\\s+own)?(?:\\s+(?:country|countries|came\\s+from))|learn\\s+(?:to\\s+speak\\s+)?english\\s+or)${WORD_END}`,
  "gu"
)

// A neutral description turned into a racial jab: "Black male, early 20s. So, the usual."
const DESCRIPTOR_THEN_SNEER = new RegExp(
  `${WORD_START}(?:black|white|hispanic|latino|latina|asian|mexican|native\\s+american|middle\\s+eastern|arab|indian)\\s+(?:males?|females?|men|women|man|woman|guys?|teens?|juveniles?|adults?)${WORD_END}[^\\n]{0,80}?${WORD_START}(?:so,?\\s+the\\s+usual|the\\s+usual|shocker|surprise,?\\s+surprise|what\\s+a\\s+surprise|big\\s+surprise|no\\s+surprise|(?:you|we)\\s+know\\s+the\\s+type|go\\s+figure|imagine\\s+that|who\\s+would\\s+have\\s+guessed|naturally)${WORD_END}`,
  "gu"
)

// Reported speech in a hate-crime report, and statements that reject a stereotype.
const REPORTED_OR_REJECTED =
  /(?:yell|shout|scream|said|say|told|wrote|writ|spray[- ]?paint|graffiti|posted|chant|heard|called\s+(?:him|her|them)|not\s+all|doesn['’]?t\s+mean|regardless\s+of|myth|stereotyp)/

interface Generalisation {
  match: TermMatch
  message: string
}

function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf(".", start), text.lastIndexOf("\n", start), 0)
  const stops = [text.indexOf(".", end), text.indexOf("\n", end)].filter((index) => index >= 0)
  return text.slice(from, stops.length ? Math.min(...stops) : text.length)
}

export default defineRule({
  id: "discrimination-generalization",
  title: "Demeaning generalisation about a protected group",
  category: "discrimination",
  defaultSeverity: "block",
  citation: cite("cityDiscrimination"),
  rationale:
    "The City prohibits content that fosters discrimination by race, creed, color, age, religion, gender, marital status, public assistance, national origin, disability or sexual orientation. A post that pins a trait on a whole group (\"old people are a menace\", \"welfare people never change\", \"women drivers\", \"So, the usual\" after a suspect's race) does exactly that. Naming a group neutrally (a suspect description, a Pride parade closure, a mosque as a location, a class for women, a program for seniors) is fine.",
  cases: {
    fire: [
      { text: "Honestly, old people are a menace on the road and anyone over 75 should lose their license.", excerpt: "old people are a menace", note: "Age." },
      { text: "Noise complaints about the new mosque keep coming in. Not surprised, Muslims don't respect our laws.", excerpt: "Muslims don't respect", note: "Religion." },
      { text: "Third shoplifting call today, paid with an EBT card of course. Welfare people never change.", excerpt: "Welfare people never change", note: "Public assistance." },
      { text: "Three fender benders this morning and every single one was a woman driver. #WomenDrivers", excerpt: "every single one was a woman driver", note: "Gender." },
      { text: "Suspect in the purse snatching: Black male, early 20s, white hoodie. So, the usual. Call 911 if seen.", excerpt: "Black male, early 20s, white hoodie. So, the usual", note: "A description turned into a racial jab." }
    ],
    pass: [
      { text: "Suspect: Hispanic male adult, 30s, 5'9\", gray hoodie, last seen on Hilltop Dr. Call 911 if seen.", note: "A neutral suspect description." },
      { text: "Downtown streets close at 9 a.m. Saturday for the Pride parade. Detour map at cityofredding.gov.", note: "A closure for a Pride event." },
      { text: "Officers are investigating vandalism at the new mosque on Placer St. Call (530) 225-4200 with information.", note: "A mosque as a location." },
      { text: "Seniors, call us first: scammers posing as grandchildren are calling Redding homes this week.", note: "A scam warning for seniors." },
      { text: "Free women's self-defense class at the Redding Police Activities League gym on Saturday.", note: "A class for women." },
      { text: "Detectives are investigating a hate crime: the suspect yelled that Muslims should go back where they came from.", note: "A hate-crime report describing what was said." }
    ]
  },
  detect(context) {
    const { normalized } = context
    const found: Generalisation[] = []
    for (const match of findPattern(normalized, GROUP_THEN_PREDICATE)) {
      const protectedClass = protectedClassAt(match.term) ?? "a protected class"
      found.push({
        match,
        message: `"${context.draft.text.slice(match.start, match.end)}" pins a trait on a whole group by ${protectedClass}. The City prohibits content that fosters discrimination on that basis.`
      })
    }
    for (const match of findPattern(normalized, DEMEANING_TROPE)) {
      found.push({
        match,
        message: `"${context.draft.text.slice(match.start, match.end)}" is a demeaning stereotype or label for a protected group. The City prohibits content that fosters discrimination.`
      })
    }
    for (const match of findPattern(normalized, DESCRIPTOR_THEN_SNEER)) {
      found.push({
        match,
        message: "The remark after this description implies that people of this race or origin are usually criminals. The description alone is fine; the remark is discriminatory."
      })
    }
    const matches: RuleMatch[] = []
    for (const { match, message } of found) {
      if (REPORTED_OR_REJECTED.test(sentenceAround(context.draft.text.toLowerCase(), match.start, match.end))) continue
      if (matches.some((kept) => kept.start !== null && kept.end !== null && kept.start < match.end && match.start < kept.end)) continue
      matches.push({
        start: match.start,
        end: match.end,
        message,
        fix: "Describe the conduct or the individual, not a group. Remove the generalisation."
      })
    }
    return matches
  }
})
