import { defineRule } from "../rule"
import { cite } from "../policy/clauses"
import { sentenceWindow } from "../text/sentence-lookup"
import { findPattern } from "../text/terms"

// Wording of updates on an incident still under way (321.4.1: crime alerts, public safety
// information, traffic issues during an active incident). Scheduled closures and after-the-fact
// releases ("was arrested") do not match.
const ACTIVE_INCIDENT = new RegExp(
  `(?<![\\p{L}\\p{N}_])(?:${[
    "active (?:incident|shooter|threat|scene|situation)",
    "shelter(?:ing)?[- ]in[- ]place",
    "avoid the area",
    "stay (?:away from|clear of|out of) the area",
    "(?:ongoing|active) (?:standoff|investigation at the scene|police (?:activity|presence|operation))",
    "standoff",
    "barricaded",
    "evacuation (?:order|warning)s?",
    "(?:are|is) being evacuated",
    "(?:must|should|need to) evacuate",
    "evacuate (?:now|immediately)",
    "police activity",
    "crime alert",
    "(?:currently|now|still) in progress",
    "(?:still|currently) (?:on scene|searching|looking for|at large)",
    "(?:remains|remain|is still) at large",
    "(?:lockdown|lock[- ]down)",
    "(?:closed|blocked|shut down) (?:due to|because of) (?:a |an |the )?(?:collision|crash|incident|fire|police activity|investigation|hazmat|spill|downed)",
    "developing (?:situation|incident)",
    "more (?:information|info|details|updates) (?:to follow|as (?:it|they) becomes? available)",
    "we will (?:post|provide|share) (?:an )?updates?"
  ].join("|")})(?![\\p{L}\\p{N}_]|-\\p{L})`,
  "gu"
)

// "Avoid the area" also goes with planned closures (a parade, paving), which are not incidents.
const AREA_ADVICE = /^(?:avoid|stay)/
const PLANNED_EVENT =
  /(?<![\p{L}\p{N}_])(?:parade|festival|marathon|fun run|race|fireworks|concert|construction|paving|repairs|scheduled|planned|will (?:be )?close|road work)(?![\p{L}\p{N}_])/u

export default defineRule({
  id: "authorization-incident-commander",
  title: "Active-incident update",
  category: "authorization",
  defaultSeverity: "warn",
  citation: cite("rpd321_4_1"),
  rationale:
    "During an active incident, updates must be fast and accurate; Policy 321.4.1 makes the Public Information Officer or a designee responsible for them, subject to the Incident Commander's approval.",
  cases: {
    fire: [
      {
        text: "ACTIVE INCIDENT: Residents on Lakeside Dr between Pine and Oak are asked to shelter in place while officers search for an armed suspect.",
        excerpt: "ACTIVE INCIDENT"
      },
      {
        text: "Police activity on Hilltop Drive near the mall. Please avoid the area. We will post updates here.",
        excerpt: "Police activity"
      },
      {
        text: "Officers remain in an ongoing standoff with a barricaded man on Pleasant St.",
        excerpt: "ongoing standoff"
      },
      {
        text: "Southbound Cypress Ave is closed due to a collision at Bechelli Ln. Use Hartnell as an alternate.",
        excerpt: "closed due to a collision"
      }
    ],
    pass: [
      {
        text: "Traffic advisory: Eureka Way will be closed Saturday from 9 a.m. to 3 p.m. for the Veterans Day parade.",
        note: "A scheduled closure, not an active incident."
      },
      {
        text: "Downtown streets close at 9 a.m. Saturday for the Christmas parade. Avoid the area if you can.",
        note: "Area advice for a planned event."
      },
      {
        text: "Last night's standoff-style training at the academy went well. Thanks to our SWAT team for hosting the cadets.",
        note: "'standoff-style' is part of a compound word about training."
      },
      {
        text: "Officers arrested a 29-year-old man Tuesday for burglary. He was booked into the Shasta County Jail.",
        note: "An after-the-fact release."
      }
    ]
  },
  detect(context) {
    const first = findPattern(context.normalized, ACTIVE_INCIDENT).find(
      (found) => !(AREA_ADVICE.test(found.term) && PLANNED_EVENT.test(sentenceWindow(context.sentences, found.start, 1).toLowerCase()))
    )
    if (!first) return []
    const cue = context.draft.text.slice(first.start, first.end)
    return [
      {
        start: first.start,
        end: first.end,
        message: `This reads as an update on an active incident (“${cue}”). Under 321.4.1 such updates are compiled by the Public Information Officer or designee and need the Incident Commander's approval before release.`,
        fix: "Confirm the Incident Commander has approved this update (or route it through the PIO) before posting."
      }
    ]
  }
})
