import { defineRule } from "../rule"
import { cite } from "../policy/clauses"
import { findPattern } from "../text/terms"

// Mild words: everyday speech for many readers, rude for others. Each pattern reads common
// digit and symbol swaps ("h3ll", "d@mn").
const MILD_WORDS =
  /(?<![\p{L}\p{N}])(?:h[e3]ll|d[a@4]mn(?:ed|it)?|d[a@4]mmit|cr[a@4]p(?:py|s)?|p[i1!]ss(?:ed|es|ing|y)?)(?![\p{L}\p{N}])/gu
// Proper names that contain a mild word: the motorcycle club officers post about, places, titles.
const NAME_AFTER_HELL = /^['’]?s?\s+(?:angels?|kitchen|canyon|gate|half\s+acre)\b/

export default defineRule({
  id: "profanity-mild",
  title: "Mild profanity",
  category: "profanity",
  defaultSeverity: "warn",
  citation: cite("cityProfane"),
  rationale:
    "\"Hell\", \"damn\", \"crap\" and \"pissed\" are mild: many readers use them daily, others find them unprofessional on a police page. The City bars profane language, so the guard asks the poster to reconsider rather than blocking the post; an agency that wants them blocked can raise this rule to block in its pack.",
  cases: {
    fire: [
      { text: "What the hell is wrong with people? Third stolen bike rack this week.", excerpt: "hell" },
      { text: "Damn, that was close: the driver missed the crossing guard by inches.", excerpt: "Damn" },
      { text: "Residents are pissed about the noise and so are we.", excerpt: "pissed" },
      { text: "Leaving this crap on the sidewalk is illegal dumping.", excerpt: "crap" }
    ],
    pass: [
      { text: "Hello Redding! The Shell station on Hilltop Dr reopened after the robbery.", note: "\"hell\" inside other words." },
      { text: "Members of the Hells Angels were seen riding north on I-5; expect delays.", note: "A club's name." },
      { text: "Officer Adamnson will host Coffee with a Cop at Keswick Dam on Saturday.", note: "\"damn\" inside a name; \"dam\" is not \"damn\"." },
      { text: "Scrapped catalytic converters were recovered from a yard on Eastside Rd.", note: "\"crap\" inside another word." }
    ]
  },
  detect(context) {
    return findPattern(context.normalized, MILD_WORDS)
      .filter((match) => !match.term.startsWith("h") || !NAME_AFTER_HELL.test(context.draft.text.slice(match.end, match.end + 30).toLowerCase()))
      .map((match) => ({
        start: match.start,
        end: match.end,
        message: `"${context.draft.text.slice(match.start, match.end)}" is mild profanity. Some readers will find it unprofessional on an official police page.`,
        fix: "Consider a neutral word, or drop it."
      }))
  }
})
