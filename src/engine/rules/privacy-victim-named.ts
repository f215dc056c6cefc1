import { cite } from "../policy/clauses"
import { defineRule, type RuleMatch } from "../rule"
import { classifyPeople } from "../text/person-roles"

const DEATH = /\b(?:dead|died|killed|murdered|body|deceased)\b/i

export default defineRule({
  id: "privacy-victim-named",
  title: "Victim identified by name",
  category: "privacy",
  defaultSeverity: "block",
  citation: cite("rpd321_5b"),
  rationale:
    "Victims of crimes and crashes have a right to privacy; naming them exposes them to further harm and, for the dead, may reach family before next of kin are notified. Describe a victim by age, sex and city instead.",
  cases: {
    fire: [
      {
        text: "UPDATE: The clerk robbed at gunpoint at the Placer St mini-mart last night was Harjit Sandhu, 52. He was not hurt.",
        excerpt: "Harjit Sandhu",
        note: "The robbery victim is named."
      },
      {
        text: "Officers responded to a domestic disturbance. The victim, 29-year-old Kayla Brennan, told officers her boyfriend struck her.",
        excerpt: "Kayla Brennan"
      },
      {
        text: "The driver killed in this morning's crash on Highway 44 has been identified as Dale Wingert, 67, of Palo Cedro.",
        excerpt: "Dale Wingert"
      },
      {
        text: "Maria Alvarez, 71, was assaulted and robbed of her purse outside the Hilltop Drive pharmacy on Monday.",
        excerpt: "Maria Alvarez",
        note: "Named as the subject of a crime done to her."
      }
    ],
    pass: [
      {
        text: "Update on this morning's assault in the 1300 block of Market St: the victim, a 58-year-old Redding woman, was treated at a local hospital. Suspect was arrested at the scene.",
        note: "The victim is described, not named."
      },
      {
        text: "Officers arrested Jared S. Collins, 31, of Redding for domestic battery and booked him into the Shasta County Jail.",
        note: "An adult arrestee named in an arrest release."
      },
      {
        text: "MISSING AT-RISK: Walter Greaves, 81, last seen Tuesday near Lake Redding Park. Seen him? Call 911.",
        note: "A missing person the agency asks the public to find."
      },
      {
        text: "Sgt. Amy Cummings was injured while arresting the suspect and is expected to make a full recovery.",
        note: "An officer, not a private victim."
      },
      {
        text: "Travis L. Benning, 29, is wanted for a stabbing in the 600 block of Cypress Avenue. Do not approach him.",
        note: "A wanted suspect; the stabbing victim is not named."
      }
    ]
  },
  detect(context) {
    const mentions = classifyPeople(context)
    const victims = new Map<number, string>()
    for (const mention of mentions) {
      if (!mention.victimEvidence || mention.isOfficial || mention.isAccused) continue
      if (mention.isMissing && !DEATH.test(mention.victimEvidence)) continue
      if (!victims.has(mention.personId)) victims.set(mention.personId, mention.victimEvidence)
    }
    const matches: RuleMatch[] = []
    for (const mention of mentions) {
      const evidence = victims.get(mention.personId)
      if (evidence === undefined || mention.isOfficial) continue
      matches.push({
        start: mention.name.start,
        end: mention.name.end,
        message: `"${mention.name.text}" is named as a victim ("${shorten(evidence)}"). Victims' identities are private and may not be posted.`,
        fix: 'Describe the victim without the name, e.g. "a 52-year-old Redding man".'
      })
    }
    return matches
  }
})

function shorten(evidence: string): string {
  const flat = evidence.replace(/\s+/g, " ").trim()
  return flat.length > 90 ? `…${flat.slice(flat.length - 89)}` : flat
}
