import { defineRule } from "../rule"
import { cite } from "../policy/clauses"
import { findObsceneWords, outsideAllowedTerms } from "../text/obscene-words"

export default defineRule({
  id: "discrimination-slur",
  title: "Slur",
  category: "discrimination",
  defaultSeverity: "block",
  citation: cite("cityDiscrimination"),
  rationale:
    "A slur demeans people for their race, national origin, disability, gender or sexual orientation, the classes the City's policy protects. It is blocked however it is disguised (f@gs, r3tards). Idioms that share the letters (\"a chink in the armor\", \"tranny fluid\") are left alone.",
  cases: {
    fire: [
      { text: "Avoid the area unless you want to see a bunch of f@gs in tutus.", excerpt: "f@gs", note: "Sexual-orientation slur with a symbol for a letter." },
      { text: "The r3tards from the program are wandering into traffic again.", excerpt: "r3tards", note: "Disability slur with a digit." },
      { text: "Some k i k e spray-painted the wall again.", excerpt: "k i k e", note: "Spelled out letter by letter." }
    ],
    pass: [
      { text: "Officers found a chink in the armor of the ring's alibi.", note: "An idiom." },
      { text: "Stolen tranny fluid and brake parts were recovered from the shop on Cypress Ave.", note: "Car talk." },
      { text: "Detectives are investigating a hate crime after the suspect yelled a slur at a family on Hilltop Dr.", note: "Reporting that a slur was used, without repeating it." },
      { text: "Van Dyke Rd is closed between Churn Creek and Airport Rd for paving.", note: "A street name." }
    ]
  },
  detect(context) {
    const words = findObsceneWords(context.normalized).filter((word) => word.family === "slur")
    return outsideAllowedTerms(words, context.normalized, context.pack.allowedTerms).map((word) => ({
      start: word.start,
      end: word.end,
      message: `"${context.draft.text.slice(word.start, word.end)}" is a slur. It demeans people for who they are, which the City's policy prohibits, even in a quote or disguised.`,
      fix: "Remove the slur. If the post reports a hate crime, say that a slur was used without repeating it."
    }))
  }
})
