import { defineRule, type RuleMatch } from "../rule"
import { cite } from "../policy/clauses"
import { findPattern, type TermMatch } from "../text/terms"

// Charge and program names say what a crime was without describing it; they are masked before
// weighing ("sexual battery (PC 243.4)", "oral copulation with a minor", "indecent exposure").
const CHARGE_NAMES =
  /(?<![\p{L}])(?:(?:unlawful\s+)?sex(?:ual)?\s+(?:assault|battery|abuse|exploitation|offen[cs]es?|offenders?|crimes?|predators?|misconduct|harassment|trafficking|extortion|intercourse|penetration|acts?\s+with)\w*|indecent\s+exposure|lewd\s+(?:conduct|acts?|and\s+lascivious|behavior)|oral\s+copulation|sodomy|child\s+(?:pornography|sexual\s+abuse\s+material|porn)|(?:matter|images?|videos?)\s+depicting\s+(?:a\s+)?minors?|sextortion|revenge\s+porn|cum\s+laude|(?:pc|penal\s+code)\s*\d+(?:\.\d+)?(?:\([a-z0-9]+\))*)(?![\p{L}])/gu

interface WeightedTerm {
  pattern: RegExp
  weight: number
  /** How the finding names what it found. */
  label: string
}

// Weight 3 is explicit on its own; lighter terms add up (innuendo: "frisked" + "if you know what I
// mean" + 😏🍆). Three points block.
const WEIGHTED_TERMS: readonly WeightedTerm[] = [
  { label: "a sex act", weight: 3, pattern: /(?<![\p{L}])(?:masturbat\w*|jerking\s+off|jacking\s+off|ejaculat\w*|orgasm\w*|blow\s?jobs?|hand\s?jobs?|oral\s+sex|anal\s+sex|having\s+sex|had\s+sex|have\s+sex|sex\s+(?:in|on)\s+(?:a|the|his|her|their)|cumming|cumshots?)(?![\p{L}])/gu },
  { label: "a sexual body part", weight: 3, pattern: /(?<![\p{L}])(?:erect\s+penis|penis(?:es)?|vaginas?|vulvas?|clitoris|boobs|tits|titties|nipples?|testicles|scrotum|butt\s?cheeks)(?![\p{L}])/gu },
  { label: "sexual solicitation", weight: 3, pattern: /(?<![\p{L}])(?:hot\s+(?:local\s+)?(?:girls|singles|moms|milfs|babes)|(?:hot|sexy|smokin[g']?\s+hot)\s+(?:babe|chick|mama|momma|stud|hunk|piece\s+of\s+ass)|horny|send\s+(?:me\s+)?nudes|dick\s+pics?|nudes?\s+pics?|sext(?:ing)?\s+me|hook\s?ups?\s+tonight|wants?\s+to\s+(?:hook\s+up|get\s+laid)|get\s+laid|one[-\s]night\s+stands?)(?![\p{L}])/gu },
  { label: "a sexual description", weight: 2, pattern: /(?<![\p{L}])(?:genitals|genitalia|breasts|straddl\w+|topless|groping\s+(?:her|him)self|fondl\w+\s+(?:him|her)self|sexy|thirst\s?trap\w*|naked\s+and|in\s+(?:the|her|his)\s+underwear)(?![\p{L}])/gu },
  { label: "innuendo", weight: 1, pattern: /(?<![\p{L}])(?:if\s+you\s+know\s+what\s+i\s+mean|wink\s+wink|full[-\s]body\s+search(?:es)?|frisk(?:ed|ing)?\s+by|pat\s+(?:me|you)\s+down|cuff\s+me|slide\s+into\s+(?:our|my)\s+dms|(?:very|so)\s+thorough|naughty|spank\w*|kinky|naked|nude)(?![\p{L}])/gu },
  { label: "sexual emoji", weight: 1, pattern: /[\u{1F346}\u{1F351}\u{1F4A6}\u{1F445}\u{1F975}\u{1F60F}\u{1F48B}]/gu }
]

const BLOCK_SCORE = 3

function overlapsAny(match: TermMatch, masked: readonly TermMatch[]): boolean {
  return masked.some((span) => span.start < match.end && match.start < span.end)
}

export default defineRule({
  id: "sexual-explicit",
  title: "Sexually explicit content",
  category: "sexual",
  defaultSeverity: "block",
  citation: cite("rpd321_5a"),
  rationale:
    "Policy 321 bars sexually explicit content and the City bars sexual content. A release can name a sex crime (\"arrested for sexual battery\", \"indecent exposure\", \"registered sex offender\") but must not describe the acts or body parts graphically, quote explicit messages, make sexual innuendo about officers, or solicit sex. Explicit terms block on their own; innuendo blocks when several hints add up.",
  cases: {
    fire: [
      { text: "Joggers reported a man near the Sundial Bridge with his erect penis out, masturbating as women ran past.", excerpt: "erect penis", note: "Graphic description; \"a man exposed himself\" would do." },
      { text: "Officers found a couple having sex in a parked SUV next to the playground.", excerpt: "having sex" },
      { text: "Who else wants to get frisked by Officer Tate? 😏🍆💦 He does full-body searches, if you know what I mean…", excerpt: "frisked by", note: "Innuendo about an officer." },
      { text: "🔥 Hot local girls in Redding want to meet TONIGHT 🔥", excerpt: "Hot local girls", note: "Sexual solicitation spam." }
    ],
    pass: [
      { text: "A Redding man was arrested for sexual battery (PC 243.4) and indecent exposure near Caldwell Park.", note: "Charge names." },
      { text: "Two adults were cited for lewd conduct in a parked vehicle at Caldwell Park.", note: "A charge, not a description." },
      { text: "Sex trafficking happens here. Know the signs and call the National Human Trafficking Hotline at 1-888-373-7888.", note: "Awareness with a resource." },
      { text: "Compliance check: 14 registered sex offenders were contacted; two were arrested for failing to register.", note: "A sex-offender compliance check." },
      { text: "Sextortion warning: scammers pose as young women online, ask for explicit photos, then demand money. Stop replying and call us.", note: "Warning without quoting the explicit message." }
    ]
  },
  detect(context) {
    const { normalized } = context
    const masked = findPattern(normalized, CHARGE_NAMES)
    let score = 0
    let strongest: { match: TermMatch; term: WeightedTerm } | null = null
    for (const term of WEIGHTED_TERMS) {
      for (const match of findPattern(normalized, term.pattern)) {
        if (overlapsAny(match, masked)) continue
        score += term.weight
        const stronger =
          !strongest ||
          term.weight > strongest.term.weight ||
          (term.weight === strongest.term.weight && match.start < strongest.match.start)
        if (stronger) strongest = { match, term }
      }
    }
    if (score < BLOCK_SCORE || !strongest) return []
    const found: RuleMatch = {
      start: strongest.match.start,
      end: strongest.match.end,
      message:
        strongest.term.weight >= BLOCK_SCORE
          ? `"${context.draft.text.slice(strongest.match.start, strongest.match.end)}" is ${strongest.term.label} described explicitly. Sexually explicit content may not be posted, even in a crime report or a quoted message.`
          : `This post reads as sexual innuendo ("${context.draft.text.slice(strongest.match.start, strongest.match.end)}" and more). Sexual content may not be posted on Department pages.`,
      fix: "Name the offence or the warning plainly (\"exposed himself\", \"lewd conduct\") without describing acts, body parts or sexual jokes."
    }
    return [found]
  }
})
