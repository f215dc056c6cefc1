import { defineRule } from "../rule"
import { cite } from "../policy/clauses"
import { APOSTROPHE, COUNT, detectPhraseSignals, type PhraseSignal } from "../text/operations-signals"

const FIX =
  'Ask for patience without numbers or times: "Calls are busy tonight; non-emergency calls may take longer. For emergencies, always call 911."'

const STAFF = String.raw`(?:officers?|deput(?:y|ies)|cops?|patrol (?:officers?|cars?|units?)|units?|cars|people|dispatchers?|sergeants?|staff|(?:fire )?engines?|ambulances?|medics?|firefighters?|crews?)`
const ON_DUTY = String.raw`(?:on duty|on patrol|on the (?:street|road|streets)|working|covering|available|out there|on shift|in the city|for the (?:entire |whole )?city|citywide)`
const SIGNALS: PhraseSignal[] = [
  {
    // "we only have 4 officers on patrol for the entire city tonight", "just two deputies working"
    pattern: new RegExp(String.raw`\b(?:only|just|a mere|down to|no more than)\s+(?:have\s+|had\s+|got\s+|has\s+)?${COUNT}\s+${STAFF}(?:,?\s+and\s+${COUNT}\s+${STAFF})?\s+(?:\w+\s+){0,2}?${ON_DUTY}`, "g"),
    message: (found) =>
      `"${found}" tells the public how thinly the city is covered. Anyone planning a crime learns when response will be slow.`,
    fix: FIX
  },
  {
    // "no officers on duty between 3 and 6 a.m.", "nobody is at the station overnight"
    pattern: new RegExp(
      String.raw`\b(?:(?:no|zero)\s+${STAFF}|nobody|no one)\s+(?:is |are |will be )?(?:${ON_DUTY}|at the (?:station|front desk|desk|substation|lobby)|watching the cameras|monitoring (?:the )?(?:cameras|alarms))\s+(?:between|after|before|from|until|overnight|tonight|today|this (?:weekend|week)|over the (?:holiday|weekend)|during|on (?:weekends|sundays|holidays)|at night)`,
      "g"
    ),
    message: (found) =>
      `"${found}" announces a time when no one is covering. It tells offenders when to act.`,
    fix: FIX
  },
  {
    // "the station is unstaffed after 6", "the substation lobby is empty on weekends"
    pattern: new RegExp(
      String.raw`\b(?:station|substation|front desk|lobby|dispatch center|evidence room|precinct|office)\s+(?:is|will be|goes|sits|remains|stays)\s+(?:unstaffed|unmanned|empty|unattended|unguarded|not staffed|without (?:staff|officers))\b(?:\s+(?:after|before|from|until|between|at|on|over|overnight)\s+[\w:]+(?:\s?[ap]\.?m\b\.?)?)?`,
      "g"
    ),
    message: (found) =>
      `"${found}" tells the public when a police facility is left unattended.`,
    fix: "Post opening hours and how to reach help after hours (911, the non-emergency line) instead."
  },
  {
    // "a skeleton crew on patrol Christmas Eve"
    pattern: /\b(?:skeleton crew|bare[- ]bones (?:crew|staff|shift)|minimal staffing|minimum staffing|short[- ]staffed|understaffed)\b[^.!?\n]{0,40}?\b(?:tonight|today|tomorrow|this (?:weekend|week)|overnight|(?:on )?(?:christmas(?: eve| day)?|thanksgiving|new year['’]s(?: eve| day)?|the 4th|july 4(?:th)?)|on (?:graveyard|nights|weekends)|over the (?:holiday|weekend)|between|after \d)/g,
    message: (found) =>
      `"${found}" announces when staffing will be thin.`,
    fix: FIX
  },
  {
    // "we're down to half our patrol shift this weekend", "short 6 officers tonight"
    pattern: new RegExp(
      String.raw`\b(?:we${APOSTROPHE}re|we are|patrol is|the shift is|swing shift is|graveyard is)\s+(?:down|short)\s+(?:to\s+)?(?:${COUNT}|half)\s+(?:of\s+)?(?:our\s+)?${STAFF}?[^.!?\n]{0,20}?\b(?:tonight|today|this (?:weekend|week)|overnight|on (?:graveyard|swing|nights))`,
      "g"
    ),
    message: (found) =>
      `"${found}" reveals a staffing shortfall for a specific time.`,
    fix: FIX
  }
]

export default defineRule({
  id: "safety-staffing-gap",
  title: "Staffing gap disclosed",
  category: "safety",
  defaultSeverity: "block",
  citation: cite("rpd321_5e"),
  rationale:
    "How many officers are on duty, or when a station is unstaffed, tells offenders when and where the police are thin. The department's operations and the public's safety depend on keeping it quiet.",
  cases: {
    fire: [
      {
        text: "Heads up: we only have 4 officers on patrol for the entire city tonight, so please be patient.",
        excerpt: "only have 4 officers on patrol"
      },
      {
        text: "Reminder: the downtown station is unstaffed after 6 p.m. on weekdays.",
        excerpt: "station is unstaffed after 6 p.m."
      },
      {
        text: "There are no officers on duty between 3 and 6 a.m. in the Enterprise area this week.",
        excerpt: "no officers on duty between"
      }
    ],
    pass: [
      {
        text: "Extra officers will be out near campuses this week. Slow down in school zones!",
        note: "Announced extra patrols."
      },
      {
        text: "We're hiring! RPD has 20 openings for police officers. Apply at https://www.cityofredding.gov/jobs",
        note: "Vacancies in a recruitment post give no time or place."
      },
      {
        text: "The records counter is open 8 a.m. to 5 p.m., Monday through Friday. After hours, call (530) 225-4200.",
        note: "Opening hours."
      }
    ]
  },
  detect(context) {
    return detectPhraseSignals(context, SIGNALS)
  }
})
