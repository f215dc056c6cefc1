// Classifies a draft into the content types Policy 321.4 lists as appropriate (a)-(i), so the
// authorization rule can ask for supervisor approval when none fits and the UI can show the type.

export const CONTENT_TYPES = [
  { id: "news-release", letter: "a", label: "News release" },
  { id: "announcement", letter: "b", label: "Announcement" },
  { id: "crime-prevention", letter: "c", label: "Crime-prevention tip" },
  { id: "request-for-information", letter: "d", label: "Investigative request for information" },
  { id: "community-project", letter: "e", label: "Community project request" },
  { id: "real-time-safety", letter: "f", label: "Real-time safety information" },
  { id: "traffic", letter: "g", label: "Traffic information" },
  { id: "press-release", letter: "h", label: "Press release" },
  { id: "recruitment", letter: "i", label: "Recruitment" }
] as const

export type ContentTypeId = (typeof CONTENT_TYPES)[number]["id"]
export type ContentType = (typeof CONTENT_TYPES)[number]

export interface ContentTypeMatch {
  type: ContentType
  /** How many distinct cues of this type the draft contains. */
  score: number
  /** The first cue found, as it appears in the (lower-cased) text: the reason for the type. */
  cue: string
}

// Cue phrases per type. Whole words; kept to wording agencies use, not topic words that any post
// might contain ("police", "Redding").
const CUES: Record<ContentTypeId, readonly string[]> = {
  "news-release": [
    "arrest(?:ed|s)?",
    "booked",
    "charged with",
    "cited",
    "officers (?:responded|arrived|located|found|contacted|investigated|recovered|seized|served)",
    "(?:detectives|investigators) (?:are|were|have|arrested|identified|served)",
    "responded to",
    "investigat(?:ion|ing|ed)",
    "search warrant",
    "suspect",
    "victim",
    "update",
    "(?:burglary|robbery|shooting|stabbing|homicide|assault|theft|collision|crash|fire|pursuit|dui)",
    "was (?:taken|transported|treated|released|located|found)",
    "case (?:#|number|no)",
    "(?:sentenced|convicted|pleaded)",
    "no (?:one|injuries) (?:was|were)? ?(?:injured|hurt|reported)",
    "seized",
    "(?:arrestad|detenid)[oa]s?",
    "investigaci[oó]n"
  ],
  announcement: [
    "join us",
    "we(?:'|’)re (?:excited|proud|pleased|happy) to",
    "(?:proud|pleased|excited) to (?:announce|welcome|introduce|share)",
    "announce(?:s|d|ment)?",
    "welcome",
    "congratulations?",
    "thank you",
    "thanks (?:to|for)",
    "visit(?:ed|ing)?",
    "(?:did you|have you) lose",
    "lost (?:and found|property)",
    "found property",
    "(?:lost|found|missing) (?:dogs?|cats?|pets?|wallets?|keys|phones?|property|items?)",
    "turned in",
    "front counter",
    "response times?",
    "help is available",
    "resources?",
    "988",
    "crisis (?:line|lifeline|response|team)",
    "(?:suicide|overdose) prevention",
    "mental health",
    "happy (?:new year|thanksgiving|holidays|fourth|4th|independence day|memorial day|veterans day|mother(?:'|’)?s day|father(?:'|’)?s day|easter|halloween)",
    "merry christmas",
    "ceremony",
    "graduat(?:e|es|ed|ion|ing)",
    "promot(?:ed|ion)",
    "retire(?:s|d|ment)",
    "award(?:ed|s)?",
    "open house",
    "coffee with a cop",
    "national night out",
    "town hall",
    "community meeting",
    "meeting",
    "workshop",
    "(?:will be|is|are) closed",
    "office hours",
    "lobby",
    "honor(?:ing|ed)?",
    "memorial",
    "in memory of",
    "k-?9",
    "sworn in",
    "swearing-in",
    "new (?:officers?|program|unit|website|app|service)",
    "event",
    "reminder",
    "[uú]nase",
    "gracias",
    "felicidades",
    "evento",
    "recordatorio"
  ],
  "crime-prevention": [
    "tips?",
    "scam(?:s|mers?)?",
    "fraud",
    "lock (?:your|the|up)",
    "don(?:'|’)t leave",
    "do not leave",
    "never (?:leave|give|share|send|pay|click)",
    "protect (?:yourself|your)",
    "prevent(?:ion|ing)?",
    "keep (?:your|valuables)",
    "be (?:aware|alert|cautious|careful)",
    "report suspicious",
    "suspicious (?:activity|calls?|emails?|texts?|persons?|vehicles?)",
    "signs of",
    "warning signs",
    "hang up",
    "remember to",
    "stay safe",
    "safety (?:tips?|reminder|message)",
    "take back",
    "secure (?:your|the)",
    "out of sight",
    "fentanyl",
    "overdoses?",
    "narcan",
    "naloxone",
    "awareness",
    "estafas?",
    "consejos?",
    "prevenci[oó]n"
  ],
  "request-for-information": [
    "anyone with (?:any )?information",
    "if you have (?:any )?(?:information|video|footage|photos)",
    "(?:help|assist) (?:us )?(?:identify|identifying|locate|locating|find)",
    "do you (?:know|recognize)",
    "(?:have you|has anyone) seen",
    "(?:is|are) asked to (?:call|contact)",
    "please (?:call|contact)",
    "contact (?:detective|det|officer|the department|us|our)",
    "call (?:us|our|the)",
    "call \\(?530",
    "tips? (?:line|can be)",
    "submit a tip",
    "remain anonymous",
    "bolo",
    "be on the lookout",
    "missing",
    "wanted",
    "last seen",
    "seeking",
    "looking for",
    "llame",
    "informaci[oó]n",
    "desaparecid[oa]"
  ],
  "community-project": [
    "volunteer(?:s|ing)?",
    "neighborhood watch",
    "citizens(?:'|’)? academy",
    "donat(?:e|ions?|ing)",
    "(?:toy|food|coat|blood|book) drive",
    "sign up",
    "register",
    "registration",
    "survey",
    "participate",
    "get involved",
    "clean-?up",
    "community (?:project|partners?|event|effort)",
    "(?:drug|prescription) take back",
    "help us",
    "shop with a cop",
    "special olympics",
    "tip-a-cop",
    "voluntari[oa]s?",
    "inscr[ií]base"
  ],
  "real-time-safety": [
    "avoid the area",
    "shelter[- ]in[- ]place",
    "evacuat(?:e|ion|ions|ing|ed)",
    "police activity",
    "active (?:incident|shooter|scene|threat)",
    "in progress",
    "ongoing",
    "crime alert",
    "(?:safety|public safety|weather|heat|fire|smoke|flood|boil[- ]water) (?:alert|warning|advisory|notice)",
    "alert",
    "warning",
    "wildfire",
    "fire",
    "flood(?:ing)?",
    "storm",
    "power outage",
    "stay (?:inside|indoors|away)",
    "lockdown",
    "standoff",
    "barricaded",
    "do not approach",
    "call 911",
    "emergency",
    "evacuaci[oó]n",
    "emergencia",
    "alerta",
    "eviten? (?:la|el) [aá]rea"
  ],
  traffic: [
    "traffic",
    "road(?:s|way)? (?:is |are |will be )?(?:closed|closure|closures|blocked|reopened|open)",
    "(?:lane|street|road|ramp|bridge|highway|freeway|avenue|ave|boulevard|blvd|drive|dr) (?:is |are |will be )?(?:closed|blocked|reopened)",
    "closure",
    "detours?",
    "expect delays",
    "alternate route",
    "(?:northbound|southbound|eastbound|westbound)",
    "lanes?",
    "intersection",
    "(?:i-5|interstate|highway|hwy|freeway|sr-?\\d+)",
    "dui (?:checkpoint|enforcement)",
    "checkpoint",
    "speed(?:ing)?",
    "crosswalk",
    "(?:traffic )?signals?",
    "school zone",
    "drivers?",
    "seat ?belts?",
    "distracted driving",
    "parking",
    "(?:collision|crash)",
    "tr[aá]fico",
    "cerrad[oa]s?",
    "desv[ií]os?",
    "choque"
  ],
  "press-release": [
    "press release",
    "news release",
    "media release",
    "for immediate release",
    "press conference",
    "media (?:advisory|briefing)",
    "statement"
  ],
  recruitment: [
    "(?:we(?:'|’)re|we are|now) hiring",
    "hiring",
    "join (?:our|the) (?:team|department|family|ranks)",
    "apply",
    "applications?",
    "recruit(?:s|ing|ment)?",
    "careers?",
    "job (?:openings?|opportunit(?:y|ies)|fair)",
    "positions?",
    "lateral",
    "(?:police )?(?:officer|dispatcher|cadet|explorer) (?:trainee|positions?|program|openings?)",
    "starting (?:salary|pay)",
    "salary",
    "signing bonus",
    "ride-?along",
    "internship",
    "contratando",
    "empleos?",
    "solicitudes"
  ]
}

// One regex per type, each cue a capture group so the score counts distinct cues in one pass.
const COMPILED = CONTENT_TYPES.map((type) => ({
  type,
  cueCount: CUES[type.id].length,
  regex: new RegExp(
    `(?<![\\p{L}\\p{N}_])(?:${CUES[type.id].map((cue) => `(${cue})`).join("|")})(?![\\p{L}\\p{N}_])`,
    "gu"
  )
}))

/**
 * The 321.4 content types the text reads as, best first (most distinct cues). Empty when none
 * fits. Accepts raw or normalised text; matching is case-insensitive.
 */
export function classifyContentTypes(text: string): ContentTypeMatch[] {
  const lower = text.toLowerCase()
  const results: ContentTypeMatch[] = []
  for (const { type, cueCount, regex } of COMPILED) {
    const seen = new Set<number>()
    let firstCue: string | undefined
    regex.lastIndex = 0
    for (const match of lower.matchAll(regex)) {
      firstCue ??= match[0]
      for (let group = 1; group <= cueCount; group++) {
        if (match[group] !== undefined) {
          seen.add(group)
          break
        }
      }
    }
    if (firstCue !== undefined) results.push({ type, score: seen.size, cue: firstCue })
  }
  return results.sort((a, b) => b.score - a.score)
}

/** The best-fitting 321.4 content type, or null when the draft fits none. */
export function primaryContentType(text: string): ContentTypeMatch | null {
  return classifyContentTypes(text)[0] ?? null
}
