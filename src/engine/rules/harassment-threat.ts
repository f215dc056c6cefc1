import { defineRule, type RuleMatch } from "../rule"
import { cite } from "../policy/clauses"
import { isQuoted } from "../text/quoted-spans"
import { findPattern } from "../text/terms"

const APOSTROPHE = "['’]"
const OBJECT = "(?:you|him|her|them|['’]em)"

// Menace aimed at a person: promises of harm, retribution or "what's coming".
const THREAT_PHRASES = [
  `drag ${OBJECT} (?:out|off|away)`,
  `(?:beat|kick|smash|knock) (?:your|his|her|their) (?:ass|a[s$*]{2}|face|teeth|head|lights) in`,
  `(?:beat|kick) the (?:crap|hell|sh[i1!*]t|snot) out of ${OBJECT}`,
  `you${APOSTROPHE}?(?:ll| will| are going to|${APOSTROPHE}re going to|${APOSTROPHE}re gonna| are gonna) (?:regret|be sorry|wish you|pay for)`,
  `(?:he|she|they)${APOSTROPHE}?(?:ll| will| are going to| is going to|${APOSTROPHE}s going to|${APOSTROPHE}re going to) (?:regret (?:it|this|that)|be sorry|pay for (?:it|this|that))`,
  `watch your back`,
  `(?:we${APOSTROPHE}ll|we will|we${APOSTROPHE}re going to|we are going to) come (?:find|get|after|for) ${OBJECT}`,
  `sleep with one eye open`,
  `we know where you live`,
  // "I know where the chief lives": naming someone's home as a menace.
  `(?:i|we) know where (?:you|he|she|they|(?:the|your|his|her|their|that) [a-z]+) (?:lives?|sleeps?|parks?|takes? (?:his|her|their|your) kids)`,
  `(?:you|he|she|they)(?:${APOSTROPHE}d| had) (?:better|best) watch (?:out|it|(?:him|her|your|them)sel(?:f|ves))(?! for)`,
  `(?:not|n${APOSTROPHE}t|ain${APOSTROPHE}t) (?:going to|gonna) be pretty`,
  `won${APOSTROPHE}t be pretty`,
  `get what${APOSTROPHE}s coming`,
  `(?:make|teach) ${OBJECT} (?:pay|a lesson)`,
  `world of (?:hurt|pain)`,
  `you${APOSTROPHE}?re (?:dead|done for)`,
  `dead (?:man|woman) walking`,
  `(?:make sure|ensure|see to it that) (?:he|she|they|you) (?:pays?|regrets?|suffers?|rots?)`,
  // "you will pay" closing a clause; "you will pay a fine" is an enforcement notice.
  `(?:you|he|she|they)(?:${APOSTROPHE}ll| will| are going to| is going to|${APOSTROPHE}re going to|${APOSTROPHE}s going to| are gonna| is gonna|${APOSTROPHE}re gonna) pay(?= *(?:[.!?,;)]|$| for (?:this|it|that|what)))`,
  `hunt ${OBJECT} down`,
  `(?:we${APOSTROPHE}re|we are|we${APOSTROPHE}ll be|we will be) coming (?:for|after) ${OBJECT}`,
  `run while (?:you|he|she|they) (?:still )?can`,
  `(?:your|his|her|their) days (?:of [a-z]+ )?are numbered`,
  `(?:hope|wish) (?:he|she|they|you) (?:rots?|burns?|suffers?|dies)`,
  `rots? in (?:jail|prison|hell|a cell)`,
  `(?:will|is going to|${APOSTROPHE}ll|won${APOSTROPHE}t) (?:never |ever )?see (?:daylight|the light of day|freedom|the outside)(?: again)?`,
  `make (?:your|his|her|their) li(?:fe|ves) (?:very |really |a )?(?:difficult|hell|miserable|a living hell|hard|harder)`,
  `(?:your|his|her|their) time is (?:almost |nearly )?up`,
  `or else(?= *[.!?]|$)`,
  `we dare you`,
  `(?:got|gets|get|getting) what (?:he|she|they|you)(?:${APOSTROPHE}ve)? (?:deserved?|had coming)`,
  `(?:and|then) see what happens`
]

// Sending the public after a person ("feel free to give him a ring and tell him to knock it off").
const INCITEMENT_PHRASES = [
  `feel free to (?:call|text|message|ring|email|harass|tell|give ${OBJECT} (?:a (?:ring|call)|a piece of your mind|an earful|hell))`,
  `give ${OBJECT} (?:a piece of your mind|an earful|hell)`,
  `let ${OBJECT} have it`,
  `flood (?:his|her|their) (?:inbox|phone|voicemail|dms)`,
  `tell ${OBJECT} to knock it off`
]

const THREAT = new RegExp(`\\b(?:${THREAT_PHRASES.join("|")})(?![\\p{L}\\p{N}_])`, "gu")
const INCITEMENT = new RegExp(`\\b(?:${INCITEMENT_PHRASES.join("|")})(?![\\p{L}\\p{N}_])`, "gu")

export default defineRule({
  id: "harassment-threat",
  title: "Threat or incitement against a person",
  category: "harassment",
  defaultSeverity: "block",
  citation: cite("cityThreatDefame"),
  rationale:
    "The City removes content that threatens any person, and Policy 321.5(a) bars inflammatory content. A department page that menaces someone, or sends the public after them, abuses its authority.",
  cases: {
    fire: [
      {
        text: "To whoever keeps tagging the restrooms at the park: we WILL find you, and when we do it's not going to be pretty.",
        excerpt: "not going to be pretty"
      },
      { text: "Turn yourself in before we have to come drag you out. #Wanted", excerpt: "drag you out" },
      { text: "Keep stealing packages on Placer St and you'll regret it. Watch your back.", excerpt: "you'll regret" },
      {
        text: "This guy has called 911 nine times this week about his neighbor's Wi-Fi. Feel free to give him a ring and tell him to knock it off.",
        excerpt: "Feel free to give him a ring"
      },
      { text: "He hasn't been charged, but he'll get what's coming to him.", excerpt: "get what's coming" }
    ],
    pass: [
      { text: "If you see him, do not approach. Call 911 and let officers handle it.", note: "A safety instruction." },
      {
        text: 'Sextortion warning: scammers write "Pay $500 in 24 hours or you will regret it." Do not pay; report it.',
        note: "The threat is a quoted scam message in a warning."
      },
      { text: "We will find the driver who hit a cyclist on Hartnell. Call (530) 225-4200 with any information.", note: "Resolve to investigate, not menace." },
      { text: "Drivers who speed through school zones will be cited. No warnings this week.", note: "Enforcement notice." }
    ]
  },
  detect(context) {
    const { text } = context.draft
    const matches: RuleMatch[] = []
    for (const found of findPattern(context.normalized, THREAT)) {
      if (isQuoted(text, found)) continue
      matches.push({
        start: found.start,
        end: found.end,
        message: `"${text.slice(found.start, found.end)}" reads as a threat against a person. A department page may not threaten anyone, suspects included.`,
        fix: "State the facts and what the public should do; leave consequences to the legal process."
      })
    }
    for (const found of findPattern(context.normalized, INCITEMENT)) {
      if (isQuoted(text, found)) continue
      matches.push({
        start: found.start,
        end: found.end,
        message: `"${text.slice(found.start, found.end)}" invites the public to confront or pester a person. Encouraging harassment is prohibited.`,
        fix: "Remove the invitation; handle the person's conduct through official channels."
      })
    }
    return matches
  }
})
