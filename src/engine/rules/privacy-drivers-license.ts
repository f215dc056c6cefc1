import { defineRule, type RuleMatch } from "../rule"
import { cite } from "../policy/clauses"
import { findPattern } from "../text/terms"

// A driver's licence label, optionally with a state and a "number" word, then the number.
const STATE = "(?:ca|calif\\.?|california|or|oregon|nv|nevada|wa|washington|az|arizona|tx|texas|[a-z]{2})"
const NUMBER_WORD = "(?:,?\\s*(?:number|num|no\\.?|#))?(?:\\s+(?:is|was|of))?\\s*[:#,]?\\s*\\(?"
const DRIVER_LABEL = `(?:${STATE}\\s+)?(?:driver['’]?s?\\s+licen[cs]e|driving\\s+licen[cs]e|d\\.l\\.|dl|cdl|driver['’]?s?\\s+lic\\.?)`
// Any state's format (letters and digits, at least one digit) after an explicit driver's licence label.
const LABELLED_NUMBER = new RegExp(`\\b${DRIVER_LABEL}${NUMBER_WORD}((?=[a-z]{0,14}\\d)[a-z0-9]{5,15}|\\d{3}[- ]\\d{3}[- ]\\d{3})(?![\\w-])`, "g")
// California's format (one letter, seven digits) after a looser label: "license D4829173", "CA ID A1234567".
const CALIFORNIA_NUMBER = new RegExp(
  `\\b(?:(?:${STATE}\\s+)?(?:licen[cs]e|lic\\.?|id card|identification card)|(?:ca|calif\\.?|california|state)\\s+id)${NUMBER_WORD}([a-z]\\d{7})(?![\\w-])`,
  "g"
)
// Licences that are not a person's driver's licence.
const OTHER_LICENCE = /\b(?:business|contractor|contractors|liquor|alcohol|professional|medical|nursing|real estate|cslb|fishing|hunting|marriage|software|firearms?|dealer|vendor|cannabis)\s+(?:licen[cs]e|lic\.?)\b/

export default defineRule({
  id: "privacy-drivers-license",
  title: "Driver's licence number",
  category: "privacy",
  defaultSeverity: "block",
  citation: cite("rpd321_5b"),
  rationale:
    "A driver's licence number is confidential personal information (the DMV keeps it private under state and federal law); posted with a name it enables identity theft.",
  cases: {
    fire: [
      { text: "Found near the Sundial Bridge: CA driver license D4829173 for Amanda Feld.", excerpt: "D4829173" },
      { text: "He gave officers an Oregon driver's license, number 7421893, that belonged to his brother.", excerpt: "7421893" },
      { text: "Suspect's DL# B7720194 was recovered at the scene.", excerpt: "B7720194" }
    ],
    pass: [
      { text: "DUI / Driver's License Checkpoint this Saturday from 7 p.m. to 3 a.m.", note: "The phrase without a number." },
      { text: "Stolen Honda Civic, license plate 7KRT482, taken from the 1700 block of Placer St.", note: "A licence plate, not a licence number." },
      { text: "He was cited for driving on a suspended license. Case #24-031207.", note: "A case number is not a licence number." },
      { text: "The store's business license B1234567 was suspended by the city.", note: "Not a driver's licence." }
    ]
  },
  detect(context) {
    const matches: RuleMatch[] = []
    const seen = new Set<number>()
    for (const regex of [LABELLED_NUMBER, CALIFORNIA_NUMBER]) {
      for (const found of findPattern(context.normalized, regex)) {
        const label = found.term
        const numberMatch = /([a-z0-9]{5,15}|\d{3}[- ]\d{3}[- ]\d{3})$/.exec(label)
        if (!numberMatch) continue
        const start = found.end - numberMatch[0].length
        if (seen.has(start)) continue
        const before = context.draft.text.slice(Math.max(0, found.start - 30), found.start).toLowerCase()
        if (OTHER_LICENCE.test(`${before}${label}`)) continue
        seen.add(start)
        matches.push({
          start,
          end: found.end,
          message: `${context.draft.text.slice(start, found.end)} is a driver's licence number. It is confidential personal information and, posted with a name, enables identity theft.`,
          fix: "Remove the number; describe the item as \"a California driver's licence\" and ask the owner to bring ID."
        })
      }
    }
    return matches
  }
})
