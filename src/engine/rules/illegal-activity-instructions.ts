import { defineRule, type RuleMatch } from "../rule"
import { cite } from "../policy/clauses"
import { findPattern } from "../text/terms"

// Break-in, theft and bypass techniques: tools and steps a how-to would name.
const TECHNIQUE =
  /\b(?:slim ?jim|linkage rod|lock ?pick(?:s|ing)?|pick (?:the|a) lock|bump ?keys?|shaved keys?|jiggler keys|tennis ball trick|relay (?:attack|box)|signal (?:booster|amplifier)|hot-?wir(?:e|ing)|jimmy (?:the|a) (?:lock|door|window)|pop (?:the|a) (?:lock|latch|window)|hook (?:the|a) (?:linkage(?: rod)?|latch|lock)|slide (?:it|a \w+) (?:down|between)|cut (?:it|one|the \w+) off with|sawzall|reciprocating saw|oscillating saw|break (?:the|a) (?:steering column|ignition|window) (?:with|using)|ceramic (?:spark plug|shard|ninja rocks?)|ninja rocks?|bypass (?:the|an?) (?:alarm|immobilizer|lock|security)|disable (?:the|an?) (?:alarm|gps|tracker|camera)|skimmer)\b/g
// "How car thieves get in, in under 10 seconds:" / "here's how to" / "easiest ... are"
const HOW_TO = /\b(?:how (?:to|they|thieves|car thieves|burglars|crooks)|here['’]s how|step \d|steps?:|first,|then,? |easiest|in under \d+ (?:seconds|minutes)|all it takes|just need|you['’]ll need|now you know)\b/i
// A crime-prevention post explains the technique in order to protect against it.
const PREVENTION =
  /\bhow to (?:spot|tell|avoid|protect|prevent|recogni[sz]e|check)\b|\b(?:protect(?: yours| your| yourself)?|prevent(?:ion)?|lock (?:your|it|the)|keep (?:your|valuables)|don['’]t leave|never leave|secure (?:your|it)|steering wheel lock|etch(?:ed|ing)?|anti-theft|deter|report (?:it|suspicious|anything)|call (?:911|us|our)|if you see|be aware|watch out|tips?:|stay safe|arrested|booked|charged)\b/i

export default defineRule({
  id: "illegal-activity-instructions",
  title: "Instructions for a crime",
  category: "illegal-activity",
  defaultSeverity: "block",
  citation: cite("cityIllegal"),
  rationale:
    "A step-by-step account of how to break into a car or a home, with no prevention purpose, teaches the crime. Crime-prevention posts may explain a technique, but only to tell residents how to protect themselves.",
  cases: {
    fire: [
      {
        text: "How car thieves get in, in under 10 seconds: slide a slim jim down between the window and the weather stripping, hook the linkage rod, and pull up. Now you know!",
        excerpt: "slim jim"
      },
      {
        text: "Here's how easy it is: a cheap relay box picks up the key fob signal from inside the house and the car unlocks. Older models are the easiest.",
        excerpt: "relay box"
      }
    ],
    pass: [
      {
        text: "Catalytic converter thefts are up. Thieves can cut one off in under two minutes. Protect yours: park in a garage or a well-lit spot.",
        note: "Prevention purpose."
      },
      {
        text: "Thieves are using relay boxes to unlock cars with keyless entry. Keep your key fob in a signal-blocking pouch and call 911 if you see someone lurking.",
        note: "Explains the technique to protect against it."
      },
      {
        text: "Officers arrested a man with a slim jim and shaved keys after he was seen trying car doors on Market St.",
        note: "An arrest release naming tools found."
      }
    ]
  },
  detect(context) {
    const text = context.draft.text
    if (PREVENTION.test(text) || !HOW_TO.test(text)) return []
    const techniques = findPattern(context.normalized, TECHNIQUE)
    if (techniques.length === 0) return []
    const matches: RuleMatch[] = []
    for (const found of techniques) {
      matches.push({
        start: found.start,
        end: found.end,
        message: `"${text.slice(found.start, found.end)}" is part of step-by-step instructions for a crime, with no prevention advice. As written the post teaches the crime.`,
        fix: "Turn it into a prevention tip: say briefly how thieves operate, then what residents should do to protect themselves."
      })
    }
    return matches
  }
})
