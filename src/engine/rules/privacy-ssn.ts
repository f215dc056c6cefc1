import { defineRule } from "../rule"
import { cite } from "../policy/clauses"
import { hasNearby } from "../text/terms"

// Presidio's SSN validator: no 000/666/9xx area, no 00 group, no 0000 serial, one delimiter kind.
const SSN_PATTERN = /(?<![\d-])(\d{3})([- .]?)(\d{2})\2(\d{4})(?![\d-])/g
const SSN_CONTEXT = /\b(?:ssn|social security|social sec|ss#|ss #|ss no)/

function isPlausibleSsn(area: string, group: string, serial: string): boolean {
  if (area === "000" || area === "666" || area.startsWith("9")) return false
  return group !== "00" && serial !== "0000"
}

export default defineRule({
  id: "privacy-ssn",
  title: "Social Security number",
  category: "privacy",
  defaultSeverity: "block",
  citation: cite("rpd321_5b"),
  rationale:
    "A Social Security number is confidential personal information; publishing one exposes the person to identity theft.",
  cases: {
    fire: [
      { text: "The victim's SSN 123-45-6789 was used to open accounts.", excerpt: "123-45-6789" },
      { text: "Suspect gave a false social security number, 532 41 7789, at booking.", excerpt: "532 41 7789" },
      { text: "SSN: 457551234 was recovered from the stolen wallet.", excerpt: "457551234" }
    ],
    pass: [
      { text: "Case #24-031207: burglary in the 1100 block of Dana Dr.", note: "A case number, not an SSN." },
      { text: "Call (530) 225-4200 for information.", note: "A phone number." },
      { text: "Report number 666-12-3456 was filed.", note: "Area 666 is never issued." },
      { text: "Invoice 123456789 for the new patrol bikes was paid.", note: "Nine digits without SSN context." }
    ]
  },
  detect(context) {
    const matches = []
    for (const match of context.draft.text.matchAll(SSN_PATTERN)) {
      const [, area, delimiter, group, serial] = match
      if (!isPlausibleSsn(area, group, serial)) continue
      const span = { start: match.index, end: match.index + match[0].length }
      // Undelimited nine digits are an SSN only with context nearby.
      if (!delimiter && !hasNearby(context.normalized, span, SSN_CONTEXT, 40)) continue
      matches.push({
        ...span,
        message: "This looks like a Social Security number. It is confidential personal information and may not be posted.",
        fix: "Remove the number entirely."
      })
    }
    return matches
  }
})
