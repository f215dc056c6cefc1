import { defineRule, type RuleContext } from "../rule"
import { cite } from "../policy/clauses"
import { findPattern, type Span } from "../text/terms"

const MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?"
const DAY = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
const FULL_DATE = [
  "(?:0?[1-9]|1[0-2])[/.-](?:[12]\\d|3[01]|0?[1-9])[/.-](?:19|20)?\\d{2}",
  "(?:19|20)\\d{2}-(?:0[1-9]|1[0-2])-(?:[12]\\d|3[01]|0[1-9])",
  `${MONTH} ${DAY},? (?:19|20)\\d{2}`,
  `${DAY} (?:of )?${MONTH},? (?:19|20)\\d{2}`
].join("|")
const MONTH_AND_DAY = `${MONTH} ${DAY}|(?:0?[1-9]|1[0-2])/(?:[12]\\d|3[01]|0?[1-9])`

// A birth-date label with a date: any date after "DOB" or "date of birth"; a full date (with
// year) after "born" or "birthday", so "born and raised in Redding" and "born in 1990" stay clear.
const DATE_OF_BIRTH = new RegExp(
  [
    `\\b(?:dob|d\\.o\\.b\\.?|date of birth|birth ?date)(?:\\s*[:#=–—-]\\s*|\\s+(?:is|was|of)\\s+|\\s+|\\s*\\(\\s*)(?:${FULL_DATE}|${MONTH_AND_DAY})(?![\\d/-])`,
    `\\b(?:born(?: on)?|birthday(?: is| was| on)?)\\s*:?\\s+(?:${FULL_DATE})(?![\\d/-])`
  ].join("|"),
  "g"
)

// Booking-log style: "Darnell Pike (11/03/1988)". A bracketed full date right after a person's
// name is a birth date when its year is long past (an incident date would be recent).
const BRACKETED_DATE = /^,?\s*\((\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})\)/
const YEARS_BEFORE_BIRTH_DATE_IS_LIKELY = 12

function unlabelledBirthDates(context: RuleContext, labelled: readonly Span[]): Span[] {
  const text = context.draft.text
  const latestBirthYear = new Date().getFullYear() - YEARS_BEFORE_BIRTH_DATE_IS_LIKELY
  const spans: Span[] = []
  for (const name of context.personNames) {
    const date = BRACKETED_DATE.exec(text.slice(name.end, name.end + 16))
    if (!date || Number(date[3]) > latestBirthYear || Number(date[1]) > 12) continue
    const start = name.end + date[0].indexOf("(") + 1
    const span = { start, end: start + date[0].length - date[0].indexOf("(") - 2 }
    if (!labelled.some((found) => found.start <= span.start && span.end <= found.end)) spans.push(span)
  }
  return spans
}

export default defineRule({
  id: "privacy-date-of-birth",
  title: "Date of birth",
  category: "privacy",
  defaultSeverity: "block",
  citation: cite("rpd321_5b"),
  rationale:
    "A date of birth, together with a name, is what identity thieves need to open accounts in someone's name. Releases give a person's age instead.",
  cases: {
    fire: [
      { text: "Officers arrested Darnell R. Pike (DOB 11/03/1988) of Redding.", excerpt: "DOB 11/03/1988" },
      { text: "The missing man, born March 3, 1990, was last seen Tuesday.", excerpt: "born March 3, 1990" },
      { text: "Name: Lena Ortiz. Date of birth: 4-17-2001.", excerpt: "Date of birth: 4-17-2001" }
    ],
    pass: [
      { text: "Officer Reyes was born and raised in Redding and joined RPD in 2015.", note: "No date of birth given." },
      { text: "On 11/03/2024 officers arrested Darnell Pike, 36, of Redding.", note: "An incident date; the age is given instead." },
      { text: "Suspects sometimes give a false date of birth to avoid a warrant check.", note: "The phrase without a date." }
    ]
  },
  detect(context) {
    const spans = findPattern(context.normalized, DATE_OF_BIRTH).map(({ start, end }) => ({ start, end }))
    if (context.draft.text.includes("(")) spans.push(...unlabelledBirthDates(context, spans))
    return spans.map((span) => {
      const shown = context.draft.text.slice(span.start, span.end)
      return {
        ...span,
        message: `"${shown}" publishes a date of birth. With a name it is enough to steal someone's identity, and it is confidential personal information.`,
        fix: "Give the person's age instead (\"Darnell Pike, 36\")."
      }
    })
  }
})
