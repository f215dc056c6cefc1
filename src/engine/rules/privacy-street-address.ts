import { defineRule, type RuleContext, type RuleMatch } from "../rule"
import { cite } from "../policy/clauses"
import { sentenceAt } from "../text/sentence-lookup"

const SUFFIXES = [
  "Street", "St", "Avenue", "Ave", "Av", "Road", "Rd", "Drive", "Dr", "Lane", "Ln", "Court", "Ct", "Boulevard", "Blvd",
  "Way", "Place", "Pl", "Circle", "Cir", "Terrace", "Ter", "Parkway", "Pkwy", "Loop", "Trail", "Trl", "Square", "Sq",
  "Path", "Pike", "Run", "Point", "Pt", "Cove", "Crossing", "Xing", "Alley", "Plaza", "Row", "Close", "Heights", "Hts"
]
const SUFFIX = `(?:${SUFFIXES.flatMap((suffix) => [suffix, suffix.toUpperCase()]).join("|")})`
const DIRECTION = "(?:(?:N|S|E|W|NE|NW|SE|SW)\\.?|North|South|East|West|NORTH|SOUTH|EAST|WEST)"
const NAME_WORD = "(?:\\p{Lu}[\\p{L}'’-]*|\\d{1,3}(?:st|nd|rd|th))"
const UNIT = "(?:,? (?:Apt\\.?|Apartment|Unit|Suite|Ste\\.?|Space|Spc\\.?|#) ?#?[A-Z0-9-]{1,5}(?![\\w-]))?"

// House number, optional direction, one to three name words, a street suffix: "1462 Pinion Ridge
// Court", "412 W. Oak St", "2250 E 5th Ave, Apt 12". The name is bounded, so matching stays linear.
const STREET_ADDRESS = new RegExp(
  `(?<![\\w$#.,:/-])([1-9]\\d{0,5}(?:-?[A-Z](?![\\w]))?(?: 1/2)?) (?:${DIRECTION} )?((?:${NAME_WORD} ){1,3}?)${SUFFIX}\\.?(?![\\p{L}\\d])${UNIT}`,
  "gu"
)

// "the Circle K at 2605 Churn Creek Rd", "at Northstate Bagel Co., 2340 Athens Ave": a named place.
const NAMED_PLACE_BEFORE = /\b(?:the|at) (?:\p{Lu}[\p{L}\d'’&.-]*\s+){1,4}(?:at|on)\s+$|\b(?:the|at) (?:\p{Lu}[\p{L}\d'’&.-]*\s+){0,3}\p{Lu}[\p{L}\d'’&.-]*,\s*$/u
const NEAR_BEFORE = /\b(?:near|around|nearby|close to|vicinity of)\s+$/i
// "the 1500 Pine Street area": an area, not a house.
const AREA_AFTER = /^\s+(?:area|vicinity|neighborhood|neighbourhood)\b/i
// Words that make a capitalised run a headline or a count rather than a street name.
const NOT_STREET_WORDS = new Set([
  "the", "your", "our", "my", "you", "to", "for", "a", "an", "and", "on", "in", "at", "of", "is", "are", "with",
  "block", "blocks", "ways", "tips", "things", "steps", "reasons", "officers", "people", "years", "days", "hours",
  "minutes", "miles", "cars", "vehicles", "arrests"
])
// Numbers that follow these words are routes, units or identifiers, not house numbers.
const NOT_HOUSE_NUMBER_BEFORE =
  /\b(?:highway|hwy|route|rte|interstate|i-|sr|state route|exit|mile|marker|mm|unit|suite|apt|room|rm|no\.|number|case|pc|vc|hs|station|engine|medic|truck|badge|bus|flight|channel|ch\.|box|po box|bed|lot|space|gate|door|dock|pier|platform|building|bldg)\s*$/i
// "the Oct. 3 Eureka Way shooting": a day of the month, not a house number.
const MONTH_BEFORE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)\.?\s*$/i
// A year at the start of an event name or after "in", "since": "the 2024 Main Street Festival", "in 2023 Market Street...".
const YEAR_BEFORE = /\b(?:in|since|during|until|by|from|of|year|the|annual|this|last|next)\s*$/i
const EVENT_AFTER = /^\s*(?:festival|fair|parade|celebration|cleanup|clean-up|market|event|run|walk|5k|10k|marathon|block party|concert|project|plan|improvements?|closure|construction)\b/i

// Words close to the address that make it a private home.
const RESIDENTIAL_CONTEXT =
  /\b(?:home|house|residence|residential|resident|homeowner|homeowners|tenant|landlord|lives|lived|living|live|resides|resided|apartment|apt|unit|duplex|condo|mobile home|trailer|driveway|backyard|front yard|garage|porch|bedroom|neighbor|neighbour|his place|her place|their place|family)\b/
const NOT_RESIDENTIAL = /\b(?:open house|coffee house|public house|house fire safety|home depot|home of the)\b/g
// Words in the sentence that make it a public place, a business or the agency's own address.
const PUBLIC_PLACE_CONTEXT =
  /\b(?:business|businesses|store|shop|market|mart|restaurant|cafe|café|coffee|bar|grill|pizza|brewery|bank|credit union|hotel|motel|inn|church|school|college|university|library|museum|theater|theatre|park|center|centre|mall|plaza|hospital|clinic|city hall|civic|police department|police station|station|headquarters|office|offices|gym|club|hall|auditorium|arena|stadium|fairgrounds|event|join us|hosted|hosting|held at|located at|inc|llc|company|dealership|pharmacy|grocery|warehouse|lobby|front counter|department|agency|shelter|courthouse|post office|open house|drop-off|drop off|collection site|polling place|academy|registration|register|applications?|apply|free|workshop|class|classes|training|meeting|meets|hours|ceremony|celebration|fair|festival|sign up|sign-ups|grand opening|jail|prison|court|sheriff's office|fire station|county|city of|co\.|our|visit us|stop by|come by|drop by)\b/

function blockOf(houseNumber: string): string | null {
  const number = Number.parseInt(houseNumber, 10)
  return Number.isFinite(number) ? `${Math.floor(number / 100) * 100}` : null
}

type Setting = "residential" | "public" | "unknown"

function settingOf(context: RuleContext, start: number, end: number): Setting {
  const text = context.draft.text
  const sentence = sentenceAt(context.sentences, start)
  const sentenceStart = sentence?.start ?? 0
  const sentenceEnd = Math.max(sentence?.end ?? text.length, end)
  const near = text.slice(Math.max(sentenceStart, start - 70), Math.min(sentenceEnd, end + 50)).toLowerCase().replace(NOT_RESIDENTIAL, " ")
  if (RESIDENTIAL_CONTEXT.test(near)) return "residential"
  if (NAMED_PLACE_BEFORE.test(text.slice(Math.max(sentenceStart, start - 50), start))) return "public"
  return PUBLIC_PLACE_CONTEXT.test(text.slice(sentenceStart, sentenceEnd).toLowerCase()) ? "public" : "unknown"
}

export default defineRule({
  id: "privacy-street-address",
  title: "Street address with a house number",
  category: "privacy",
  defaultSeverity: "block",
  citation: cite("cityPersonalInformation"),
  rationale:
    "A house number with a street points to one home. Releases give the block (\"the 1400 block of Pine St\") so the public knows the area without learning where a victim, witness or family lives.",
  cases: {
    fire: [
      {
        text: "That \"shots fired\" call at 3318 Larkspur Meadow Ct last night? Fireworks. Homeowner got a warning.",
        excerpt: "3318 Larkspur Meadow Ct"
      },
      { text: "Someone forced open the back slider of a home at 1462 Pinion Ridge Court and took jewelry.", excerpt: "1462 Pinion Ridge Court" },
      { text: "Officers responded at 412 W. Oak St for a disturbance.", excerpt: "412 W. Oak St", note: "A bare house address is still an address." }
    ],
    pass: [
      { text: "Officers responded to the 1500 block of Pine Street for a domestic disturbance.", note: "A block, not a house." },
      { text: "Burglaries in the 3300 and 3400 blocks of Sorrel Creek Lane and at Cypress Ave & Bechelli Ln.", note: "Blocks and an intersection." },
      { text: "Holy smokes: 112 mph on Hwy 44 near mile marker 12. Dash cams are $129 at most stores.", note: "Speeds, highways and prices." },
      { text: "Coffee with a Cop: Saturday 8-10 a.m. at Riverbend Coffee House, 1620 Market St.", note: "A business hosting a department event." },
      { text: "Drop off unused medications in the lobby of the Redding Police Department, 1313 California St.", note: "The agency's own address." }
    ]
  },
  detect(context) {
    const text = context.draft.text
    const matches: RuleMatch[] = []
    for (const match of text.matchAll(STREET_ADDRESS)) {
      const [matched, houseNumber, nameWords] = match
      // A period after the suffix is an abbreviation's or the sentence's; it is not part of the address.
      const whole = matched.endsWith(".") ? matched.slice(0, -1) : matched
      const start = match.index
      const end = start + whole.length
      if (nameWords.trim().split(/\s+/).some((word) => NOT_STREET_WORDS.has(word.toLowerCase()))) continue
      const before = text.slice(Math.max(0, start - 20), start)
      if (NOT_HOUSE_NUMBER_BEFORE.test(before)) continue
      if (MONTH_BEFORE.test(before) || AREA_AFTER.test(text.slice(end, end + 20))) continue
      // "near 2400 Athens Ave": a hundred number given as a rough location reads as a block.
      if (/00$/.test(houseNumber) && NEAR_BEFORE.test(before)) continue
      if (/^(?:19|20)\d{2}$/.test(houseNumber) && (YEAR_BEFORE.test(before) || EVENT_AFTER.test(text.slice(end, end + 30)))) continue
      const setting = settingOf(context, start, end)
      if (setting === "public") continue
      const address = whole.replace(/\s+/g, " ")
      const block = blockOf(houseNumber)
      const street = address.slice(houseNumber.length + 1).replace(/,? (?:Apt|Apartment|Unit|Suite|Ste|Space|Spc|#).*$/, "")
      matches.push({
        start,
        end,
        message:
          setting === "residential"
            ? `"${address}" is the street address of a home. Publishing it tells everyone where a private person lives.`
            : `"${address}" is a street address with a house number. Unless it is a public place or business, it points to someone's home.`,
        fix: block ? `Give the block instead: "the ${block} block of ${street}".` : "Give the block or the nearest intersection instead."
      })
    }
    return matches
  }
})
