import { defineRule, type RuleContext, type RuleMatch } from "../rule"
import { cite } from "../policy/clauses"
import { isQuoted } from "../text/quoted-spans"
import { sentenceIndexAt } from "../text/sentence-lookup"
import { toOriginalSpan } from "../text/normalize"
import { findPattern, type Span } from "../text/terms"

// Labels and quips that hold a person up for ridicule.
const RIDICULE_PHRASES = [
  "knuckleheads?",
  "criminal (?:mastermind|genius)s?",
  "(?:mastermind|genius|idiot|moron|knucklehead|dummy|bonehead)s? of the (?:day|week|month|year)",
  "(?:dumb|dumbest|stupid|stupidest) (?:criminals?|crooks?|thie(?:f|ves)|drivers?)",
  "darwin awards?",
  "not the (?:sharpest|brightest) (?:tool|knife|bulb|crayon)s?",
  "not exactly a (?:rocket scientist|brain surgeon|genius)",
  "(?:bone|block)heads?",
  "dim-?wits?",
  "nit-?wits?",
  "doofus(?:es)?",
  "nice try,? (?:buddy|pal|dude|bud|champ|guy|sport|chief|sir|ma['’]am|kid)",
  "spoiler(?: alert)?:? it did(?:n['’]t| not) (?:go|end) well",
  "played the (?:recording|call|audio|video|tape|footage) (?:at|during|for) (?:briefing|roll call|lineup)",
  "(?:you )?can['’]t make this (?:stuff |sh[i1!*]t )?up",
  "(?:you )?can['’]t fix stupid",
  "worst (?:getaway|escape|disguise|heist|robbery|burglary|criminal|thief|crook|burglar|robber|hiding spot)(?: (?:attempt|plan|driver|ever))* (?:ever|of the (?:year|week|day))",
  "walk of shame",
  "wall of shame",
  "hall of shame",
  "what was (?:he|she|they) thinking",
  "(?:this|what a|real|another|some|our friend the|local|resident) genius",
  "(?:these|those|two|three|the|this|that|our|some) (?:\\w+ )?genius(?:es)? (?:who|that|behind)",
  "genius (?:move|idea|plan)",
  "(?:nice (?:going|job|work|move)|way to go|good job|smooth move),? (?:genius|einstein|sherlock|champ|hotshot|ace|slick)",
  "(?:real smooth|smooth criminal|bless (?:his|her|their) heart)"
]
// Sarcastic name-calling that closes a sentence: "we see you, genius."
const SARCASTIC_VOCATIVE = /(?<=,\s*)(?:genius|einstein|sherlock|hotshot|slick|champ)(?=\s*[.!?])/gu
const RIDICULE = new RegExp(`\\b(?:${RIDICULE_PHRASES.join("|")})(?![\\p{L}\\p{N}_])`, "gu")
// Hashtags run words together: #KnuckleheadOfTheWeek, #NotTheSharpestTool, #YouCantMakeThisUp.
const RIDICULE_HASHTAG =
  /#[\p{L}\p{N}_]*(?:knucklehead|mastermind|sharpesttool|brightestbulb|dumbcriminal|stupidcriminal|darwinaward|cantmakethisup|cantmakethisstuffup|facepalm|wecanthavenicethings|epicfail|wallofshame|hallofshame|idiotoftheweek|genius|cantfixstupid|smoothcriminal|nicetry|dumbanddumber)[\p{L}\p{N}_]*/gu

// Laughing at someone: laughter emoji or "lol" next to a person.
// Laughter only mocks when it is about a person: "can't stop laughing" at a reposted video does not.
const LAUGHTER =
  /(?:😂|🤣|😹|😆|🙄|🤡|🤦|\b(?:lol|lmao|lmfao|rofl|ha(?:ha)+|hehe|crying laughing|had a good laugh|(?:still|can['’]t stop|couldn['’]t stop) laughing|(?:we|everyone|the (?:whole )?(?:squad|shift|team|office)) (?:was|were) (?:laughing|cracking up|dying|in tears))(?![\p{L}]))/gu
// An eye-roll is exasperation; it mocks only when aimed at one particular person.
const EYE_ROLL = "🙄"
const MEMBER_OF_PUBLIC =
  /\b(?:guy|dude|driver|suspect|caller|man|woman|lady|kid|teen|teenager|boy|girl|juvenile|person|someone|somebody|buddy|thief|burglar|shoplifter|offender|criminal|arrestee|crook|this (?:fella|gentleman)|whoever|\d{1,2}-year-old|who (?:tried|decided|thought|wanted)|(?:tried|attempted|decided) to|this (?:clown|genius|knucklehead|champ))\b/i
const PARTICULAR_PERSON =
  /\b(?:(?:this|that|the|our friend the) (?:guy|dude|driver|caller|man|woman|lady|kid|teen|person|gentleman|fella)|\d{1,2}-year-old)\b/i
const PRONOUN = /\b(?:he|she|him|her|his|hers)\b/i
const ANIMAL =
  /\b(?:peacock|raccoon|dog|dogs|puppy|cat|cow|cows|goat|goats|horse|deer|bear|duck|ducks|geese|goose|turkey|rooster|chicken|chickens|pig|llama|k9|k-9|bird|owl|squirrel|skunk|snake|cattle|calf|sheep)\b/i
const OFFICER_TITLE = /\b(?:officer|ofc|sgt|sergeant|deputy|detective|det|cpl|corporal|lt|lieutenant|capt|captain|chief|dispatcher|explorers?|police)\b/i

function isOfficerName(text: string, name: Span): boolean {
  return OFFICER_TITLE.test(text.slice(Math.max(0, name.start - 12), name.end))
}

// Context is read from the sentence before and the sentence of the laughter, capped so a long
// unpunctuated draft stays linear.
const WINDOW_BEFORE = 300
const SHORT_SENTENCE = 12
// Words that put an offender in a window that also mentions officers: the pronoun is the offender.
const OFFENDER_CUE =
  /\b(?:jail|booked|arrested|cited|steal|stole|stolen|stealing|shoplift\w*|dui|drunk|suspect|custody|handcuff\w*|pursuit|fled)\b/i
const WINDOW_AFTER = 150
// A real post has a handful of laughing emoji; past this many, more checks only cost time.
const MAX_LAUGHTER_CHECKS = 40

function isPublicPersonNearby(context: RuleContext, found: Span): boolean {
  const index = sentenceIndexAt(context.sentences, found.start)
  if (index < 0) return false
  // Short exclamations ("… too bright'. Ma'am. Please. 😂") may sit between the person and the
  // laughter: look back past them to the last real sentence.
  let back = Math.max(0, index - 1)
  while (back > 0 && index - back < 3 && context.sentences[back].text.trim().length <= SHORT_SENTENCE) back--
  const from = Math.max(context.sentences[back].start, found.start - WINDOW_BEFORE)
  // "… LMAO. Anyway, he's in jail now.": who is laughed at may be said just after.
  const following = context.sentences[Math.min(context.sentences.length - 1, index + 1)]
  const to = Math.min(following.end, found.end + WINDOW_AFTER)
  const window = context.draft.text.slice(from, to)
  const particularOnly = context.draft.text.slice(found.start, found.end) === EYE_ROLL
  if ((particularOnly ? PARTICULAR_PERSON : MEMBER_OF_PUBLIC).test(window)) return true
  const namedPublic = context.personNames.some(
    (name) => name.start >= from && name.end <= to && !isOfficerName(context.draft.text, name)
  )
  if (namedPublic) return true
  if (!PRONOUN.test(window) || ANIMAL.test(window)) return false
  // "Why did the officer bring a ladder? Because he heard …": the pronoun is the officer of a joke,
  // who may be named a sentence earlier than the window.
  const referents = context.draft.text.slice(Math.max(0, Math.min(from, context.sentences[Math.max(0, back - 1)].start), from - WINDOW_BEFORE), to)
  return !OFFICER_TITLE.test(referents) || OFFENDER_CUE.test(window)
}

function ridiculeMatch(found: Span, text: string): RuleMatch {
  return {
    start: found.start,
    end: found.end,
    message: `"${text.slice(found.start, found.end)}" makes fun of a person. Mocking or shaming people, suspects and callers included, damages the department's professionalism and reputation.`,
    fix: "Report the facts in a neutral tone; make the safety point without ridiculing anyone."
  }
}

export default defineRule({
  id: "professionalism-mockery",
  title: "Mocking or shaming a person",
  category: "professionalism",
  defaultSeverity: "block",
  citation: cite("rpd321_5d"),
  rationale:
    "Policy 321.5(d) bars content that could damage the department's professionalism or reputation. Ridiculing an arrestee, a driver or a 911 caller, however tempting, tells the public the department laughs at the people it serves.",
  cases: {
    fire: [
      { text: "🤡 KNUCKLEHEAD OF THE WEEK 🤡 Meet the guy who tried to outrun officers in flip-flops.", excerpt: "KNUCKLEHEAD" },
      {
        text: "To the woman who called 911 because a rooster looked at her funny: we played the recording at briefing and were crying laughing.",
        excerpt: "played the recording at briefing"
      },
      { text: "He tried to pay his bail with a stolen credit card. Nice try, buddy!", excerpt: "Nice try, buddy" },
      { text: "This driver thought the sidewalk was a shortcut 😂 BAC .19.", excerpt: "😂" },
      { text: "Guy steals a bike, then rides it past two officers eating lunch. #NotTheSharpestTool", excerpt: "#NotTheSharpestTool" }
    ],
    pass: [
      {
        text: "Yes, that's a peacock strutting down Hartnell Avenue 😂 Animal Regulation is on the way. Please don't chase him into traffic!",
        note: "Light-hearted post about an animal."
      },
      {
        text: "Drunk driving is never worth it. This driver hit a power pole on Eureka Way; BAC .21. Call a cab or a friend.",
        note: "DUI awareness without ridicule."
      },
      { text: "Our Explorers took a tour of the airport this week ✈️ Thanks to the crews for hosting!", note: "Community post." },
      {
        text: "Officer Diaz lost the dunk-tank challenge to our Police Explorers 😂 Thanks to everyone who came out!",
        note: "Staff good humour, not a member of the public's misfortune."
      }
    ]
  },
  detect(context) {
    const { text } = context.draft
    const matches: RuleMatch[] = []
    for (const found of [
      ...findPattern(context.normalized, RIDICULE),
      ...findPattern(context.normalized, RIDICULE_HASHTAG),
      ...findPattern(context.normalized, SARCASTIC_VOCATIVE)
    ]) {
      if (!isQuoted(text, found)) matches.push(ridiculeMatch(found, text))
    }
    if (matches.length > 0) return matches
    // One finding is enough for laughter; later emoji within the same stretch add nothing.
    let checkedUpTo = -1
    let checks = 0
    // Scanned lazily (not with findPattern) so the loop can stop early on long drafts.
    for (const laughter of context.normalized.text.matchAll(LAUGHTER)) {
      const found = toOriginalSpan(context.normalized, laughter.index, laughter.index + laughter[0].length)
      if (found.start < checkedUpTo || isQuoted(text, found)) continue
      if (++checks > MAX_LAUGHTER_CHECKS) break
      checkedUpTo = found.end + WINDOW_AFTER
      if (!isPublicPersonNearby(context, found)) continue
      matches.push(ridiculeMatch(found, text))
      break
    }
    return matches
  }
})
