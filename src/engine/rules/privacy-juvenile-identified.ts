import { cite } from "../policy/clauses"
import { defineRule, type RuleContext, type RuleMatch } from "../rule"
import { classifyPeople, juvenileCues, JUVENILE_POLICE_MATTER } from "../text/person-roles"

// A school named as the minor's own ("from Shasta High", "a Sequoia Middle School student"), not
// as a place ("near Enterprise High", "at Shasta High").
const SCHOOL_NAME = "(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,3}(?:High|Middle|Elementary|Junior High|Jr\\.? High|Intermediate|Academy|Charter|Prep)(?:\\s+School)?"
const SCHOOL_AFFILIATION = new RegExp(
  `\\b(?:from|of|attends|attending|enrolled at|(?:a |the )?(?:student|freshman|sophomore|junior|senior|\\d{1,2}(?:st|nd|rd|th)[- ]grader) at)\\s+${SCHOOL_NAME}(?![\\p{L}])|${SCHOOL_NAME}\\s+(?:student|freshman|sophomore|junior|senior|\\d{1,2}(?:st|nd|rd|th)[- ]grader|athlete|player|quarterback|cheerleader)\\b`,
  "u"
)
// One particular minor: "the 15-year-old boy", "a 14-year-old", "the juvenile" (not "two teens").
const SINGULAR_BEFORE_CUE = /(?:^|\b(?:a|an|the|this|that|one))\s*$/i
const MISSING = /\b(?:missing|last seen|runaway|ran away|have you seen|at-risk|at risk|whereabouts)\b/i

export default defineRule({
  id: "privacy-juvenile-identified",
  title: "Juvenile identified",
  category: "privacy",
  defaultSeverity: "block",
  citation: cite("rpd321_5b"),
  rationale:
    "California keeps juvenile records confidential (Welf. & Inst. Code 827): a minor involved in a police matter may not be named, nor pointed to by details such as a parent's name, school and age.",
  cases: {
    fire: [
      {
        text: "Officers arrested a 16-year-old Enterprise High student, Caleb Ostrander, Monday afternoon for vandalism.",
        excerpt: "Caleb Ostrander"
      },
      {
        text: "To the 15-year-old doing wheelies through the skate park every afternoon: yes, we know it's you, Brody Tallman. Park it, kid.",
        excerpt: "Brody Tallman",
        note: "The only person named in a sentence about a 15-year-old."
      },
      {
        text: "Ashley Moreno, 14, was cited for shoplifting at the mall on Saturday.",
        excerpt: "Ashley Moreno",
        note: "An age under 18 written next to the name."
      },
      {
        text: "Detectives spoke with the 13-year-old son of Dwight Keller, a Sequoia Middle School student, about the fire.",
        excerpt: "Dwight Keller",
        note: "The parent's name plus the child's age and school identify the child."
      }
    ],
    pass: [
      {
        text: "A 16-year-old male was arrested for possessing a weapon on school grounds and booked into Juvenile Hall.",
        note: "No name: this is how a juvenile arrest is released."
      },
      {
        text: "Interested in Explorers (ages 14-20)? Info at https://www.reddingpolice.org/",
        note: "Recruitment for a youth program names no one."
      },
      {
        text: "Thank you to everyone who made Shop with a Cop a success! 40 local kids shopped alongside Officer Jen Alvarez.",
        note: "Kids in general and an officer by name."
      },
      {
        text: "Officers arrested Jared Collins, 31, and a 16-year-old boy after the pursuit.",
        note: "The named arrestee is an adult; the juvenile is not named."
      }
    ]
  },
  detect(context) {
    const mentions = classifyPeople(context)
    const matches: RuleMatch[] = []
    for (const mention of mentions) {
      // Naming a missing juvenile is how the agency asks the public to find them.
      if (!mention.juvenileEvidence || mention.isMissing || (mention.isOfficial && !mention.isParentOfJuvenile)) continue
      const evidence = mention.juvenileEvidence.replace(/\s+/g, " ").trim()
      matches.push({
        start: mention.name.start,
        end: mention.name.end,
        message: `This identifies a juvenile ("${evidence.length > 90 ? `${evidence.slice(0, 89)}…` : evidence}"). Juvenile records are confidential: a minor may not be named or pointed to by a parent's name, school or similar details.`,
        fix: 'Remove the name and identifying details; describe the minor only as, e.g., "a 16-year-old male".'
      })
    }
    if (matches.length === 0) matches.push(...unnamedJuvenileDetails(context))
    return matches
  }
})

/** A minor in a police matter pointed to by age and their own school, without a name. */
function unnamedJuvenileDetails(context: RuleContext): RuleMatch[] {
  const matches: RuleMatch[] = []
  context.sentences.forEach((sentence, index) => {
    const school = SCHOOL_AFFILIATION.exec(sentence.text)
    if (!school || !JUVENILE_POLICE_MATTER.test(sentence.text)) return
    const cue = juvenileCues(sentence.text).find((found) =>
      SINGULAR_BEFORE_CUE.test(sentence.text.slice(Math.max(0, found.start - 6), found.start))
    )
    if (!cue) return
    const neighbourhood = context.sentences.slice(Math.max(0, index - 1), index + 2).map((near) => near.text).join(" ")
    if (MISSING.test(neighbourhood)) return
    const start = sentence.start + Math.min(cue.start, school.index)
    const end = sentence.start + Math.max(cue.end, school.index + school[0].length)
    matches.push({
      start,
      end,
      message: `"${cue.text}" together with "${school[0].trim()}" points to one particular minor in a police matter. Juvenile records are confidential: details such as age plus school can identify the child as surely as a name.`,
      fix: 'Drop the school (or the age); say only, e.g., "a 15-year-old boy".'
    })
  })
  return matches
}
