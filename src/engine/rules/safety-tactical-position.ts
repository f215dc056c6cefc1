import { defineRule } from "../rule"
import { cite } from "../policy/clauses"
import { CLAUSE_TAIL, detectPhraseSignals, type PhraseSignal } from "../text/operations-signals"

const FIX =
  'Tell the public what to do, not where officers are: "Police activity in the 2400 block of Athens Ave. Please avoid the area."'

const UNIT = String.raw`(?:swat|swat team|the swat team|officers|deputies|units|our team|teams?|the entry team|entry team|negotiators?|snipers?|marksm[ae]n|k-?9s?|the bearcat|an armored vehicle|the armored vehicle|the command post|command post|staging area|tactical (?:team|officers|units))`
// Officers at a fair or a school are a visible presence; positions matter while an incident is live.
const ACTIVE_INCIDENT =
  /\b(?:active|standoff|barricaded|hostage|shooter|gunman|armed|manhunt|search(?:ing)? for|suspect|shelter in place|lockdown|incident|swat|warrant service|negotiat\w*|holed up|refus\w+ to come out)\b/i

const SIGNALS: PhraseSignal[] = [
  {
    // "SWAT is staged behind the shopping center", "officers are positioned at the back door"
    pattern: new RegExp(
      String.raw`\b${UNIT} (?:is|are|has been|have been|were|was|will be|remain|remains)? ?(?:staged|staging|positioned|posted|stationed|set up|setting up|hiding|hidden|waiting|located|in position|deployed) (?:behind|at|in|on|near|around|across|inside|outside|along|atop|by|next to|on top of)\b${CLAUSE_TAIL}`,
      "g"
    ),
    draftRequires: ACTIVE_INCIDENT,
    message: (found) =>
      `"${found}" gives away where officers are during an incident. Anyone involved can watch the post and use it against them.`,
    fix: FIX
  },
  {
    // "two snipers on the church roof", "a sniper team across from the house"
    pattern: new RegExp(String.raw`\bsnipers?(?: team)? (?:on|atop|in|at|across from|overlooking|covering|posted)\b${CLAUSE_TAIL}`, "g"),
    message: (found) =>
      `"${found}" gives away the position of tactical officers during an incident.`,
    fix: FIX
  },
  {
    // "the perimeter runs from Pine St to Oak St", "perimeter at Lake Blvd and Benton"
    pattern: new RegExp(
      String.raw`\b(?:our |the |a )?(?:inner |outer |tactical )?perimeter (?:is |has been |was )?(?:set up |established |in place )?(?:runs? from|from|at|along|on|between|extends to|covers)\b${CLAUSE_TAIL}`,
      "g"
    ),
    sentenceRequires: /\b[A-Z][a-z]+ (?:St|Street|Ave|Avenue|Blvd|Rd|Road|Dr|Drive|Ln|Lane|Way|Ct|Court|Pkwy|Hwy)\b|\band\b/,
    message: (found) =>
      `"${found}" maps the police perimeter during an active incident. A suspect inside it can use the map to slip out.`,
    fix: FIX
  },
  {
    // "plainclothes officers are working the mall", "the unmarked silver Ford Explorer on Pine St"
    pattern: new RegExp(
      String.raw`\b(?:(?:undercover|plainclothes|plain-clothes)\s+(?:officers|detectives|deputies|units?|cops)\s+(?:are|will be|have been)\s+(?:working|posted|parked|sitting|watching|stationed|positioned|out|at|on|in)\b${CLAUSE_TAIL}|\bunmarked\s+(?:(?:black|white|silver|gray|grey|blue|red|green|tan|gold|dark)\s+)?(?:ford|dodge|chevy|chevrolet|toyota|honda|nissan|tahoe|explorer|charger|impala|taurus|f-150|van|minivan|pickup|sedan|suv)\b[^.!?\n]{0,30})`,
      "g"
    ),
    sentenceUnless: /\b(?:arrested|resulted|netted|led to|last (?:week|month|year)|yesterday)\b/i,
    message: (found) =>
      `"${found}" exposes covert officers or vehicles. Once described publicly they can be spotted and targeted.`,
    fix: "Leave covert officers and vehicles out of posts entirely."
  },
  {
    // "officers are covering the back door", "we have the rear exit covered"
    pattern: /\b(?:officers|deputies|we|units|swat)(?: are| have| were)? (?:covering|watching|holding) the (?:back|rear|front|side|north|south|east|west) (?:door|exit|entrance|windows?|gate|yard)\b/g,
    message: (found) =>
      `"${found}" tells a barricaded suspect which exits officers are watching.`,
    fix: FIX
  }
]

export default defineRule({
  id: "safety-tactical-position",
  title: "Tactical positions during an incident",
  category: "safety",
  defaultSeverity: "block",
  citation: cite("rpd321_5e"),
  rationale:
    "During an active incident, anyone involved may be reading the department's posts. Where SWAT is staged, where snipers sit or where the perimeter runs puts officers and the public in danger.",
  cases: {
    fire: [
      {
        text: "ACTIVE INCIDENT on Lake Blvd: SWAT is staged behind the shopping center. Stay clear of the area!",
        excerpt: "SWAT is staged behind the shopping center"
      },
      {
        text: "We have two snipers on the church roof across from the house.",
        excerpt: "snipers on the church roof across from the house"
      },
      {
        text: "Officers are positioned at both ends of Pine St while negotiators talk to the man.",
        excerpt: "Officers are positioned at both ends of Pine St"
      }
    ],
    pass: [
      {
        text: "Police activity in the 2400 block of Athens Ave. Please avoid the area while officers work. There is no danger to the public.",
        note: "A real-time notice with no positions."
      },
      {
        text: "Meet our K9 and SWAT teams at National Night Out on Tuesday at Caldwell Park!",
        note: "A community event."
      },
      {
        text: "Extra officers will be out near campuses this week. Slow down in school zones.",
        note: "Announced presence, not tactical positions."
      },
      {
        text: "Officers set up a perimeter and found the suspect hiding in a backyard. He was arrested without incident.",
        note: "After the fact, with no locations."
      }
    ]
  },
  detect(context) {
    return detectPhraseSignals(context, SIGNALS)
  }
})
