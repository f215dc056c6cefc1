import { defineRule, type RuleContext, type RuleMatch } from "../rule"
import { cite } from "../policy/clauses"
import { sentenceAt } from "../text/sentence-lookup"
import { findPattern } from "../text/terms"

// A department member named by rank, or a service milestone, makes the draft about staff.
const MEMBER_NAMED =
  /\b(?:Officer|Ofc\.|Sgt\.|Sergeant|Sarge|Lt\.|Lieutenant|Capt\.|Captain|Chief|Deputy|Det\.|Detective|Cpl\.|Corporal|Dispatcher|CSO)\s+\p{Lu}|\bretire(?:s|d|ment)?\b|\byears (?:with|at|of service)\b|\bour (?:officers?|sergeants?|deputies|detectives?|dispatchers?|chief|lieutenant|captain|K-?9 handler)\b/iu
// Family and home of a suspect, victim or arrestee belong to the privacy rules, not here.
const ABOUT_SOMEONE_ELSE = /\b(?:suspect|arrested|booked|victim|wanted|warrant|missing|charged|cited)\b/i

const RELATIVE = String.raw`(?:wife|husband|spouse|fianc[eé]e?|daughter|son|kids|children|twins|boys|girls|stepson|stepdaughter|grandkids|grandchildren|mom|mother|dad|father|family)`
// Anchored on the possessive ending, not the owner's name, so the scan stays one pass; the name
// is added back to the span afterwards ("Holloway's wife Michelle").
// ASCII classes: the text is already lower-cased and confusable-free, and unicode-mode scanning
// costs several times more on long drafts.
const RELATIVE_PHRASE = new RegExp(String.raw`(?:\b(?:his|her|their)|(?<=[a-z])['’]s) ${RELATIVE}\b`, "g")
const OWNER_BEFORE = /\p{L}+$/u
// What follows the relative: a first name ("his wife Michelle") or a routine ("works nights in the ER").
const NAME_AFTER =
  /^,?\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|RPD|Redding)\b)\p{Lu}\p{Ll}+/u
const ROUTINE_AFTER =
  /^,?\s+(?:\p{Lu}\p{Ll}+,?\s+)?(?:works|work at|worked|is working|goes to|go to|attends|attend|is at|walks|drives|rides|picks|coaches|plays|teaches|gets out|starts|takes the bus|is a (?:student|nurse|teacher) at)\b/u

// "moving into their new place up on Sunburst Ridge Road", "lives at 1420 Hawthorne Ave"
const HOME_PHRASE =
  /\b(?:lives?|living|resides?|moving into|moved into|moving to|moved to|(?:their |his |her )(?:new )?(?:place|home|house|residence|ranch|property)|new (?:place|home|house|residence|ranch|property))(?: is)?(?: (?:up|down|out|over))? (?:on|at|off|near|just past|just off|along)\b/g
const STREET_AFTER =
  /^\s+(?:\d{1,6}\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?:Road|Rd|Street|St|Drive|Dr|Avenue|Ave|Lane|Ln|Way|Court|Ct|Circle|Cir|Trail|Ridge|Loop|Place|Pl|Boulevard|Blvd|Highway|Hwy)\b\.?/u

function inStaffSentence(context: RuleContext, offset: number): boolean {
  const sentence = sentenceAt(context.sentences, offset)?.text ?? ""
  return !ABOUT_SOMEONE_ELSE.test(sentence)
}

function familyMatches(context: RuleContext): RuleMatch[] {
  const text = context.draft.text
  const matches: RuleMatch[] = []
  for (const found of findPattern(context.normalized, RELATIVE_PHRASE)) {
    const after = text.slice(found.end, found.end + 80)
    const isFamilyAsWhole = /family$/i.test(found.term)
    const detail = ROUTINE_AFTER.exec(after) ?? (isFamilyAsWhole ? null : NAME_AFTER.exec(after))
    if (!detail || !inStaffSentence(context, found.start)) continue
    const end = found.end + detail[0].length
    const owner = /^['’]/.test(found.term) ? OWNER_BEFORE.exec(text.slice(Math.max(0, found.start - 40), found.start)) : null
    const start = found.start - (owner ? owner[0].length : 0)
    matches.push({
      start,
      end,
      message: `"${text.slice(start, end)}" identifies an officer's family member${ROUTINE_AFTER.test(after) ? " and their routine" : ""}. People with a grudge against an officer can use it to find the family.`,
      fix: "Leave family members' names, workplaces and schedules out; thank the officer alone."
    })
  }
  return matches
}

function homeMatches(context: RuleContext): RuleMatch[] {
  const text = context.draft.text
  const matches: RuleMatch[] = []
  for (const found of findPattern(context.normalized, HOME_PHRASE)) {
    const street = STREET_AFTER.exec(text.slice(found.end, found.end + 80))
    if (!street || !inStaffSentence(context, found.start)) continue
    const end = found.end + street[0].trimEnd().length
    matches.push({
      start: found.start,
      end,
      message: `"${text.slice(found.start, end)}" tells the public where a department member lives. Officers' homes must stay private for their and their families' safety.`,
      fix: "Remove the street and anything else that locates the home."
    })
  }
  return matches
}

export default defineRule({
  id: "safety-officer-home-family",
  title: "Officer's home or family details",
  category: "safety",
  defaultSeverity: "block",
  citation: cite("rpd321_5e"),
  rationale:
    "Officers and their families can be targeted by people they have arrested. Where an officer lives, the names of their spouse and children, and where those family members work or go to school must never be posted.",
  cases: {
    fire: [
      {
        text: "Happy retirement, Sgt. Dan Holloway! Dan and his wife Michelle are moving into their new place up on Sunburst Ridge Road in Shingletown.",
        excerpt: "his wife Michelle"
      },
      {
        text: "Happy retirement, Sgt. Dan Holloway! Dan and Michelle are moving into their new place up on Sunburst Ridge Road in Shingletown.",
        excerpt: "their new place up on Sunburst Ridge Road"
      },
      {
        text: "Congratulations to Officer Tom Reyes! Their daughter Kelsey works nights in the ER downtown, so say hi.",
        excerpt: "Their daughter Kelsey works"
      }
    ],
    pass: [
      {
        text: "Congratulations to Sgt. Lisa Brandt on her retirement after 29 years with RPD! Thank you for your service to Redding.",
        note: "A plain retirement thank-you."
      },
      {
        text: "Officers arrested John Doe, 40, who lives on Pine Street, after he assaulted his wife Maria.",
        note: "An arrestee's home and family are for the privacy rules, not officer safety."
      },
      {
        text: "Thank you to Officer Ruiz and his family for sharing him with us for 25 years.",
        note: "Family mentioned without names or routines."
      }
    ]
  },
  detect(context) {
    if (!MEMBER_NAMED.test(context.draft.text)) return []
    return [...familyMatches(context), ...homeMatches(context)]
  }
})
