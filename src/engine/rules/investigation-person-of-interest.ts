import { defineRule, type RuleMatch } from "../rule"
import { cite } from "../policy/clauses"
import { privatePeopleNear } from "../text/operations-signals"
import { findPattern } from "../text/terms"

// Phrases that make a named person a subject of an open investigation without a charge.
const UNCHARGED_SUBJECT =
  /\b(?:persons? of interest|wanted for questioning|(?:was|were|has been|have been|being) (?:interviewed|questioned|interrogated) by (?:detectives|investigators|police|officers|deputies|us)|(?:has|have|had)(?: not|n['’]t) (?:yet )?been (?:charged|arrested)|(?:is|was|are|were|remains?) (?:considered |being treated as |now )?(?:a|the) (?:suspect|main suspect|prime suspect)|(?:detectives|investigators|police|officers|we)(?: are| were| have| had|['’]re|['’]ve)? (?:questioned|interviewed|interrogated|looking (?:closely )?at|focusing on|focused on|zeroing in on|eyeing))\b/g
const NONE_NAMED = /\bno (?:suspects?|arrests?|persons? of interest)\b|\bno one has been\b|\bnot (?:yet )?identified\b/i
// Once the person is arrested or wanted on a warrant, naming them is an ordinary release.
const ARRESTED_OR_WARRANT = /\b(?:was|were|has been|have been) (?:arrested|booked|cited)\b|\b(?:arrest )?warrant (?:for|was issued)|\bactive (?:felony |misdemeanor )?warrant\b/i

export default defineRule({
  id: "investigation-person-of-interest",
  title: "Uncharged person of interest named",
  category: "investigation",
  defaultSeverity: "block",
  citation: cite("rpd321_5c"),
  rationale:
    "Naming someone as a person of interest, or as questioned but not charged, tips them off, invites the public to judge them and can compromise the investigation. Name people once they are arrested, charged or wanted on a warrant.",
  cases: {
    fire: [
      {
        text: "Detectives would like to speak with Shane Wexler, 31, who is considered a person of interest in Tuesday's warehouse fire.",
        excerpt: "person of interest"
      },
      {
        text: "Pastor Glen Oberholt was interviewed by detectives yesterday about the missing donation money. He hasn't been charged with anything.",
        excerpt: "was interviewed by detectives"
      },
      {
        text: "Marcus Lyle is wanted for questioning in connection with Friday's shooting on Eureka Way.",
        excerpt: "wanted for questioning"
      }
    ],
    pass: [
      {
        text: "Detectives have not identified any persons of interest in the warehouse fire. Call (530) 225-4200 with information.",
        note: "No one is named."
      },
      {
        text: "Travis L. Benning, 29, has an active felony warrant for assault with a deadly weapon. He should be considered the suspect in the stabbing.",
        note: "A wanted person with a warrant."
      },
      {
        text: "Dustin M. Carrow, 34, was arrested Friday in connection with a series of burglaries. He has not been charged yet; the case goes to the District Attorney.",
        note: "An arrested adult in an arrest release."
      },
      {
        text: "A man was interviewed by detectives and released. The investigation is ongoing.",
        note: "Nobody named."
      }
    ]
  },
  detect(context) {
    const text = context.draft.text
    if (ARRESTED_OR_WARRANT.test(text)) return []
    const matches: RuleMatch[] = []
    for (const found of findPattern(context.normalized, UNCHARGED_SUBJECT)) {
      const phrase = text.slice(found.start, found.end)
      if (NONE_NAMED.test(text.slice(Math.max(0, found.start - 40), found.end))) continue
      const [person] = privatePeopleNear(context, found.start, 1)
      if (!person) continue
      matches.push({
        start: found.start,
        end: found.end,
        message: `The draft names ${person.text} and says "${phrase}". Naming an uncharged person in an open case can tip them off and compromise the investigation.`,
        fix: "Leave the name out until the person is arrested, charged or wanted on a warrant; describe them instead if the public's help is needed."
      })
    }
    return matches
  }
})
