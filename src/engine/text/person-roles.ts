// Who each named person is in a draft (officer, arrestee, missing person, victim, juvenile), from
// the words around each mention; the privacy rules share one classification per analysis.
import type { RuleContext } from "../rule"
import type { PersonName } from "./names"
import { sentenceIndexAt } from "./sentence-lookup"

export interface PersonMention {
  name: PersonName
  sentenceIndex: number
  /** Index of the person this mention refers to (mentions sharing a surname or first name). */
  personId: number
  /** Officers and ranked staff, the pack's public-contact employees, elected officials. */
  isOfficial: boolean
  /** Arrested, booked, cited, charged, suspected or wanted. */
  isAccused: boolean
  /** A missing or at-risk person the agency asks the public to help find. */
  isMissing: boolean
  /** Why this mention names a victim, quoted from the draft, or null. */
  victimEvidence: string | null
  /** Why this mention identifies a juvenile, quoted from the draft, or null. */
  juvenileEvidence: string | null
  /** The juvenile is identified through this person as their parent ("the 14-year-old son of Rick Haynes"). */
  isParentOfJuvenile: boolean
  /** The age written next to the name ("Dale Wingert, 67"), or null. */
  age: number | null
}

const RANK_TITLES = new Set([
  "officer", "officers", "ofc", "sgt", "sergeant", "sergeants", "lt", "lieutenant", "capt", "captain", "chief",
  "deputy", "deputies", "det", "detective", "detectives", "cpl", "corporal", "cmdr", "commander", "trooper",
  "agent", "dispatcher", "cso", "cadet", "explorer", "sheriff", "undersheriff", "marshal"
])
const PUBLIC_OFFICE_TITLES = new Set([
  "mayor", "councilmember", "councilman", "councilwoman", "council", "supervisor", "senator", "assemblymember",
  "congressman", "congresswoman", "judge"
])

// "our Public Information Officer, Jo Ruiz" / "Jo Ruiz, the department's spokesperson"
const STAFF_ROLE_BEFORE =
  /\b(?:public information officer|pio|spokes(?:person|woman|man)|dispatcher|police chief|records supervisor|crime analyst|community (?:services|outreach) officer|school resource officer|sro|volunteer coordinator|chaplain)s?,?\s*$/i
const STAFF_ROLE_AFTER =
  /^,?\s*(?:our|the department'?s|rpd'?s|a|the)?\s*(?:public information officer|pio|spokes(?:person|woman|man)|police chief|school resource officer)\b/i

const ACCUSED_BEFORE =
  /\b(?:shot by (?:an? )?(?:officers?|police|deputies)|arrested|detained|booked|cited|charged|apprehended|indicted|convicted|sentenced|suspects?|suspected|wanted|warrant for|custody of|identified the suspect as|person of interest)\b[^.;]{0,60}$/i
const ACCUSED_AFTER =
  /^[^.;]{0,90}?\b(?:was|is|were|has been|had been|remains?)\s+(?:later\s+|also\s+|subsequently\s+)?(?:arrested|booked|cited|charged|detained|taken into custody|wanted|being sought|sought|considered armed|a suspect|suspected|convicted|sentenced|indicted|on probation|on parole)\b/i
const ACCUSED_AFTER_ACTIVE = /^[^.;]{0,60}?\b(?:has|had) (?:an? )?(?:active |outstanding |felony |misdemeanor |no-bail )*warrants?\b/i

const MISSING_CONTEXT = /\b(?:missing|last seen|at-risk|at risk|runaway|have you seen|whereabouts|endangered)\b/i

// Victimisation words; "victim" itself plus what happens to victims.
const VICTIM_VERB =
  "(?:killed|robbed|stabbed|shot|assaulted|attacked|beaten|injured|hurt|hit|struck|kidnapped|abducted|carjacked|raped|molested|murdered|burglarized|victimized|threatened|run over|pronounced dead|found dead|died|dies|strangled|choked|pistol-whipped|scammed|defrauded|swindled|held at gunpoint|held at knifepoint|held up|tied up|mugged|bitten|mauled|groped|sexually assaulted|stalked|harassed|run down|shot at)"
const NAMED_AS_VICTIM_BEFORE = /\bvictims?(?:['’]s name)?(?!['’])\b([^.;]{0,45})$/i
/** "The victim of Saturday's robbery at the Hilltop gas station, Maria Delgado": the name is in apposition. */
const VICTIM_OF_EVENT_APPOSITION = /\b(?:the|a)\s+victims?\s+(?:of|in)\s+[^.;,]{3,90},\s*$/i
const VICTIM_EVENT_BEFORE = new RegExp(
  `\\b(?:victims?|decedent|deceased|${VICTIM_VERB}|fatal(?:ly)?|homicide|crash|collision)\\b([^.;]{0,110}?)\\b(?:identified as|was|is|as|named)[\\s:,]*(?:(?:a|an)\\s+)?(?:\\d{1,3}[- ]years?[- ]old\\s+)?$`,
  "i"
)
// "Jenna Marsh, the clerk who was held at gunpoint": a role in apposition before "who".
const APPOSITIVE_ROLE = "(?:,?\\s+(?:the|a|an)\\s+(?:[\\p{L}-]+\\s+){1,3}?(?=who\\b))?"
const PASSIVE_VICTIM_AFTER = new RegExp(
  `^(?:,\\s*\\d{1,3},?)?(?:\\s+of\\s+\\p{Lu}\\p{L}+(?:\\s\\p{Lu}\\p{L}+)?,?)?${APPOSITIVE_ROLE}(?:\\s*who)?\\s+(?:was|were|had been|has been|is|got)\\s+(?:fatally\\s+|critically\\s+|seriously\\s+|badly\\s+|severely\\s+|allegedly\\s+|reportedly\\s+)?(?:found\\s+|left\\s+)?(?:\\p{L}+ed(?:\\s+(?:down|over|up|out))?\\s+and\\s+)?${VICTIM_VERB}\\b(?!\\s+by\\s+(?:an?\\s+)?(?:officers?|police|deputies|deputy))`,
  "iu"
)
const DIED_AFTER = /^(?:,\s*\d{1,3},?)?(?:\s+of\s+\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?,?)?(?:\s+who)?\s+(?:died|passed away|was pronounced dead|did not survive|succumbed|lost (?:his|her|their) li(?:fe|ves))\b/iu
// "Kim Ly, was also the victim", "Betty Harmon, 88, fell victim to a gift card scam"
const VICTIM_NOUN_AFTER =
  /^(?:,\s*\d{1,3})?,?(?:\s+of\s+\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?,?)?(?:\s+who)?\s+(?:(?:was|is|were|became|has been|had been)\s+(?:also\s+)?(?:the|a|an|one of the|one of two|one of three)\s+(?:[\p{L}-]+\s+)?victims?|fell victim)\b/iu
// "Dale Nguyen's purse snatching was caught on camera": a crime named as the person's (not their trial).
const POSSESSED_CRIME_AFTER =
  /^['’]s?\s+(?:[\p{L}-]+\s+)?(?:robbery|assault|stabbing|shooting|murder|death|killing|beating|kidnapping|carjacking|purse snatching|mugging|burglary|break-in|attack|rape|abduction|disappearance|hit-and-run|molestation|abuse)\b(?!\s+(?:trial|case|charges?|conviction|sentencing|hearing|arraignment|suspect))/iu
// "Gloria Pham, the cashier stabbed during …": a role in apposition with a reduced passive.
const APPOSITIVE_PARTICIPLE_AFTER = new RegExp(
  `^(?:,\\s*\\d{1,3})?,\\s+(?:the|a|an)\\s+(?:[\\p{L}-]+\\s+){1,3}?(?:fatally\\s+|critically\\s+|seriously\\s+)?${VICTIM_VERB}\\b(?!\\s+by\\s+(?:an?\\s+)?(?:officers?|police|deputies|deputy))`,
  "iu"
)
// "Kayla Dominguez, 19, killed by a drunk driver": a reduced passive right after the name and age.
const REDUCED_PASSIVE_AFTER = new RegExp(
  `^(?:,\\s*\\d{1,3})?,\\s*(?:fatally\\s+|critically\\s+|seriously\\s+)?${VICTIM_VERB}\\s+(?:by|in|during|when|after|while|at|on|near)\\b(?!\\s+(?:an?\\s+)?(?:officers?|police|deputies|deputy))`,
  "iu"
)
const PROPERTY_VICTIM_AFTER =
  /^['’]s?\s+(?:home|house|residence|apartment|car|vehicle|truck|business|store|shop|garage|purse|wallet|bank account)\b[^.;]{0,40}?\s(?:was|were|had been)\s+(?:burglarized|broken into|stolen|vandalized|robbed|ransacked|targeted|set on fire)/i
// "the death of Raymond Fikes", "a man stabbed Jo Diaz", "broke into Lorraine Sasaki's garage"
// An honorific the name finder keeps out of the name: "set fire to Pastor Dale Ivers' car".
const HONORIFIC_GAP = "(?:\\s+(?:mr|mrs|ms|miss|dr|pastor|father|rev|reverend|coach|principal|grandma|grandpa)\\.?)?\\s*$"
const CRIME_OF_BEFORE = new RegExp(
  `\\b(?:death|murder|killing|homicide|stabbing|shooting|beating|kidnapping|abduction|rape|assault|robbery|carjacking|disappearance) of${HONORIFIC_GAP}`,
  "i"
)
const VICTIM_OBJECT_BEFORE = new RegExp(`\\b${VICTIM_VERB}${HONORIFIC_GAP}`, "i")
// The police as the subject right before the verb: "officers shot", "an officer fatally shot".
const POLICE_SUBJECT_BEFORE = /\b(?:officers?|deputies|deputy|police|troopers?|detectives?|sgt\.?|sergeant)\s+(?:[\p{L}.]+\s+){0,2}$/iu
// Who identified a decedent says nothing about who the decedent is.
const IDENTIFIED_BY = /\bby\s+(?:the\s+)?(?:shasta county\s+)?(?:coroner|medical examiner|sheriff['’]?s? office|sheriff-coroner|police|officers|detectives|investigators|family|relatives)\b/gi
const PROPERTY_CRIME_BEFORE = new RegExp(
  `\\b(?:broke into|broken into|burglarized|vandalized|ransacked|stole|stolen from|took|set fire to|torched|keyed|slashed)${HONORIFIC_GAP}`,
  "i"
)
const VICTIM_ROLE =
  "(?:clerk|cashier|employee|worker|manager|driver|pedestrian|cyclist|bicyclist|motorcyclist|passenger|woman|man|resident|homeowner|tenant|customer|owner|teen|boy|girl|student|neighbou?r|attendant|guard|jogger|hiker|runner|shopper|elderly man|elderly woman)"
// "choked his girlfriend, Amber Lowry" / "robbed an elderly neighbor, Jo Diaz": the victim named in apposition.
const VICTIM_RELATION_OBJECT_BEFORE = new RegExp(
  `\\b${VICTIM_VERB}\\s+(?:his|her|their|a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${VICTIM_ROLE}|girlfriend|boyfriend|wife|husband|ex-wife|ex-husband|ex-girlfriend|ex-boyfriend|partner|spouse|mother|father|mom|dad|son|daughter|brother|sister|grandmother|grandfather|roommate|neighbou?r|friend|co-worker|coworker|cousin|uncle|aunt),\\s*$`,
  "iu"
)
// "robbed the cashier" / "a jogger was attacked": the role the victim is given before being named.
const VICTIM_ROLE_INTRODUCED = new RegExp(
  `\\b${VICTIM_VERB}\\s+(?:the|a|an)\\s+(?:[\\p{L}-]+\\s+){0,2}?(${VICTIM_ROLE})\\b|\\b(?:the|a|an)\\s+(?:[\\p{L}-]+\\s+){0,2}?(${VICTIM_ROLE})\\s+(?:was|were)\\s+(?:\\p{L}+\\s+)?${VICTIM_VERB}\\b`,
  "giu"
)
// "identified the killer in Sunday's shooting as ...": the one identified is the offender.
const OFFENDER_NOUN =
  /\b(?:killer|suspects?|shooter|gunman|robber|attacker|assailant|perpetrator|culprit|thief|burglar|driver responsible|person responsible|wanted|arrested)\b/i
const OFFICER_INVOLVED = /\bofficer[- ]involved\b/i
const REPORTED_ABUSE_AFTER =
  /^[^.;]{0,25}\b(?:told|reported(?: to)?|said|says)\s+(?:(?:officers|police|deputies|detectives)\s+)?(?:that\s+)?[^.;]{0,90}\b(?:struck|hit|assaulted|attacked|robbed|threatened|choked|strangled|punched|kicked|raped|stabbed|shot at|beat|broke into (?:her|his|their) (?:home|house|apartment|car))(?:\s+(?:her|him|them)\b|(?<=(?:home|house|apartment|car)))/i
// Words between "victim" and a name that show the name is someone else ("the victim told police John Smith ...").
const NOT_APPOSITION =
  /\b(?:told|said|says|reported|called|identified|described|and|by|arrested|suspect|who|that|when|after|before|while|son|daughter|wife|husband|mother|father|mom|dad|brother|sister|friend|neighbou?r|boyfriend|girlfriend|family|relative|attorney|lawyer)\b/i
// A victimisation verb used actively ("the man who robbed the store was ...") describes the suspect.
const OFFENDER_VERB = "(?:killed|robbed|stabbed|shot|assaulted|attacked|beat|hit|struck|kidnapped|abducted|carjacked|raped|molested|murdered|burglarized|threatened)"
const ACTIVE_OFFENDER = new RegExp(
  `\\b(?:who|that)\\s+(?:allegedly\\s+|reportedly\\s+)?${OFFENDER_VERB}\\b|\\b(?:suspects?|man|woman|person|driver|gunman)\\s+(?:allegedly\\s+|reportedly\\s+)?${OFFENDER_VERB}\\s+(?:a|an|the|his|her|their|two|three|several|\\d)\\b`,
  "i"
)

const TRAILING_HONORIFIC = /\b(?:mr|mrs|ms|miss|dr|rev|pastor)\.?\s*$/i
const JUVENILE_AGE = /\b(\d{1,2})[- ](?:years?|yrs?)[- ]olds?\b|\b(?:age|aged)\s+(\d{1,2})\b/gi
const JUVENILE_TERM =
  /\b(?:juveniles?|minors?|teens?|teenagers?|teenage|teen-aged|(?:high|middle|elementary|junior high|jr\.? high) school(?:er)?s?|(?:high|middle|elementary) (?:school )?students?|students? at [\p{Lu}][\p{L}. ]{1,30} (?:high|middle|elementary|junior high)|freshman|sophomore|\d{1,2}(?:st|nd|rd|th)[- ]grader|(?:\d{1,2}(?:st|nd|rd|th) )?grade students?|kids?|child|children|toddler|infant|baby|boy|girl|youth)\b/giu
const MINOR_NOT_JUVENILE = /^minor\s+(?:injur|collision|crash|damage|offen|infraction|traffic|accident|scrape|cut|burn|fender)/i
const COORDINATED_OTHER_PERSON = /\b(?:and|with|plus|along with|or)\s+(?:a|an|the|his|her|their|two|three|four|several)?\s*$/i
// "son of Councilmember Rick Haynes": a title may stand between "of" and the parent's name.
const PARENT_OF_BEFORE =
  /\b(?:sons?|daughters?|child|children|kids?|stepsons?|stepdaughters?|grandsons?|granddaughters?|grandchild(?:ren)?|boy|girl)\s+of\s+(?:(?:a|an|the|local|longtime|retired|former|redding|\p{Lu}[\p{L}.'’-]*)\s+){0,3}$/iu
// "Her mom, Rachel Dunn, thanked …": a parent named in apposition after the child was described.
const PARENT_APPOSITION_BEFORE =
  /\b(?:her|his|their|the (?:girl|boy|child|teen|juvenile|victim)['’]s)\s+(?:mom|mother|dad|father|parents?|stepmother|stepfather|stepmom|stepdad|grandmother|grandfather|grandma|grandpa|guardian|aunt|uncle),?\s*$/i
const PARENT_OF_AFTER =
  /^['’]s?\s+(?:\d{1,2}[- ]year[- ]old\s+)?(?:teen(?:age)?\s+|young\s+|little\s+)?(?:sons?|daughters?|child|children|kids?|stepsons?|stepdaughters?|grandsons?|granddaughters?|grandchild(?:ren)?|boy|girl)\b/i
const AGE_AFTER_NAME = /^(?:,\s*(\d{1,2}|1[01]\d)(?![\d,.:]\d)|\s*\((\d{1,2}|1[01]\d)\))/

const ADULT_AGE = 18
const NAME_LIST_SEPARATOR = /^(?:,\s*(?:\d{1,3},?\s*)?(?:and\s+|&\s*)?|,?\s+(?:and|&)\s+|\s*\(\d{1,3}\),?\s*(?:and\s+)?)$/
/** What makes a juvenile's mention a police matter: an arrest, a citation, a crime done to them, a crash. */
export const JUVENILE_POLICE_MATTER =
  /\b(?:arrest\w*|detained|cited|booked|charged|custody|juvenile hall|suspects?|suspected|accused|victims?|assaulted|attacked|molested|abused|injured|hurt|struck|hit by|killed|died|shot|stabbed|robbed|kidnapped|abducted|threatened|overdosed|investigat\w*|referred to (?:probation|the district attorney)|in connection with)\b/i
const CONTEXT_REACH = 200

function titleWord(title: string | null): string | null {
  return title ? title.replace(/\.$/, "").toLowerCase() : null
}

function isPublicContactEmployee(name: PersonName, employees: readonly string[]): boolean {
  const text = name.text.toLowerCase()
  return employees.some((employee) => {
    const full = employee.toLowerCase().replace(/\s+/g, " ").trim()
    if (full === text) return true
    const parts = full.split(" ")
    const nameParts = text.split(/\s+/)
    // "Sgt. Jo Ruiz" listed, "Jo Ruiz" or "Ruiz" written (a surname alone after a rank).
    return parts[parts.length - 1] === nameParts[nameParts.length - 1] && (nameParts.length === 1 || parts.includes(nameParts[0]))
  })
}

interface SentenceSlices {
  before: string
  after: string
}

/** Juvenile descriptors in a sentence: "15-year-old", "a minor", "Enterprise High student", "kid". */
export function juvenileCues(sentence: string): Array<{ start: number; end: number; text: string }> {
  const cues: Array<{ start: number; end: number; text: string }> = []
  JUVENILE_AGE.lastIndex = 0
  for (const match of sentence.matchAll(JUVENILE_AGE)) {
    if (Number(match[1] ?? match[2]) < ADULT_AGE) cues.push({ start: match.index, end: match.index + match[0].length, text: match[0] })
  }
  JUVENILE_TERM.lastIndex = 0
  for (const match of sentence.matchAll(JUVENILE_TERM)) {
    if (MINOR_NOT_JUVENILE.test(sentence.slice(match.index, match.index + 24))) continue
    // "kid" and "child" alone are too common ("kid-friendly", "child safety seat") unless addressed or described.
    const word = match[0].toLowerCase()
    if ((word === "kids" || word === "children" || word === "child") && !/\b(?:a|the|his|her|their|this|that)\s+$/i.test(sentence.slice(Math.max(0, match.index - 8), match.index))) continue
    cues.push({ start: match.index, end: match.index + match[0].length, text: match[0] })
  }
  return cues
}

function victimRolesOf(text: string): Set<string> {
  const roles = new Set<string>()
  for (const match of text.matchAll(VICTIM_ROLE_INTRODUCED)) roles.add((match[1] ?? match[2]).toLowerCase())
  return roles
}

const EVENT_WORD = new RegExp(`\\b(?:victims?|decedent|deceased|${VICTIM_VERB}|fatal(?:ly)?|homicide|crash|collision)\\b`, "gi")

/** "who died after being struck on Hilltop Drive": only the words after the last event word link it to the name. */
function afterLastEvent(between: string): string {
  let tail = between
  for (const match of between.matchAll(EVENT_WORD)) tail = between.slice(match.index + match[0].length)
  return tail
}

function victimEvidenceFor(slices: SentenceSlices, mention: PersonName, victimRoles: ReadonlySet<string>): string | null {
  const { before, after } = slices
  const role = /\b(?:the|that)\s+([\p{L} ]{2,20}?)(?:,\s*|\s+(?:was|is|has been identified as|identified as)\s+)$/iu.exec(before)
  if (role && victimRoles.has(role[1].toLowerCase())) return `${role[0].trim()} ${mention.text}`
  const named = NAMED_AS_VICTIM_BEFORE.exec(before)
  if (named && !NOT_APPOSITION.test(named[1])) return before.slice(named.index).trim() + " " + mention.text
  const apposition = VICTIM_OF_EVENT_APPOSITION.exec(before)
  if (apposition) return before.slice(apposition.index).trim() + " " + mention.text
  const event = VICTIM_EVENT_BEFORE.exec(before)
  if (
    event &&
    !NOT_APPOSITION.test(afterLastEvent(event[1]).replace(IDENTIFIED_BY, "").replace(/\b(?:identified|and)\b/gi, "")) &&
    !ACTIVE_OFFENDER.test(before) &&
    !OFFENDER_NOUN.test(before)
  ) {
    return before.slice(event.index).trim() + " " + mention.text
  }
  const crimeOf = CRIME_OF_BEFORE.exec(before)
  if (crimeOf && !OFFICER_INVOLVED.test(before)) return crimeOf[0].trim() + " " + mention.text
  const object = VICTIM_OBJECT_BEFORE.exec(before) ?? VICTIM_RELATION_OBJECT_BEFORE.exec(before)
  if (object && !POLICE_SUBJECT_BEFORE.test(before.slice(0, object.index))) {
    return before.slice(Math.max(0, object.index - 30)).trim() + " " + mention.text
  }
  if (PROPERTY_CRIME_BEFORE.test(before) && /^['’]s?(?![\p{L}])/u.test(after)) return before.slice(-40).trim() + " " + mention.text + "'s"
  const passive =
    PASSIVE_VICTIM_AFTER.exec(after) ??
    DIED_AFTER.exec(after) ??
    PROPERTY_VICTIM_AFTER.exec(after) ??
    VICTIM_NOUN_AFTER.exec(after) ??
    POSSESSED_CRIME_AFTER.exec(after) ??
    REDUCED_PASSIVE_AFTER.exec(after) ??
    (OFFENDER_NOUN.test(after.slice(0, 40)) ? null : APPOSITIVE_PARTICIPLE_AFTER.exec(after))
  if (passive) return mention.text + passive[0]
  const reported = REPORTED_ABUSE_AFTER.exec(after)
  if (reported) return mention.text + reported[0]
  return null
}

function mentionsByPerson(mentions: readonly PersonMention[]): Map<number, PersonMention[]> {
  const byPerson = new Map<number, PersonMention[]>()
  for (const mention of mentions) {
    const list = byPerson.get(mention.personId)
    if (list) list.push(mention)
    else byPerson.set(mention.personId, [mention])
  }
  return byPerson
}

function personKeyWords(name: PersonName): string[] {
  return name.text.toLowerCase().replace(/\./g, "").split(/\s+/).filter((word) => word.length > 1)
}

/** Links mentions of the same person: "Darnell R. Pike" ... "Pike"; "Gerald T. Minton" ... "Gerald". */
function assignPersonIds(names: readonly PersonName[]): number[] {
  const ids: number[] = []
  const fullNames: Array<{ id: number; first: string; last: string }> = []
  names.forEach((name, index) => {
    const words = personKeyWords(name)
    const first = words[0] ?? ""
    const last = words[words.length - 1] ?? ""
    if (words.length === 1) {
      const match = fullNames.find((full) => full.last === first) ?? fullNames.find((full) => full.first === first)
      ids.push(match ? match.id : index)
      return
    }
    const match = fullNames.find((full) => full.first === first && full.last === last)
    const id = match ? match.id : index
    if (!match) fullNames.push({ id, first, last })
    ids.push(id)
  })
  return ids
}

const cache = new WeakMap<RuleContext, PersonMention[]>()

/** Every person mention of the draft with its roles (computed once per analysis). */
export function classifyPeople(context: RuleContext): PersonMention[] {
  const cached = cache.get(context)
  if (cached) return cached
  const { text } = context.draft
  const names = context.personNames
  const sentences = context.sentences
  const ids = assignPersonIds(names)
  const victimRoles = names.length > 0 ? victimRolesOf(text) : new Set<string>()
  let previousMention: PersonMention | null = null
  // Many names can share a sentence: each sentence's missing-person context is read once.
  const missingBySentence = new Map<number, boolean>()
  const mentions: PersonMention[] = names.map((name, index) => {
    const sentenceIndex = sentenceIndexAt(sentences, name.start)
    const sentence = sentenceIndex >= 0 ? sentences[sentenceIndex] : { start: 0, end: text.length, text }
    // Every context pattern looks at most this far; bounding the slices keeps long drafts linear.
    const before = text.slice(Math.max(sentence.start, name.start - CONTEXT_REACH), name.start)
    const after = text.slice(name.end, Math.max(name.end, Math.min(sentence.end, name.end + CONTEXT_REACH)))
    const title = titleWord(name.title)
    const ageMatch = AGE_AFTER_NAME.exec(after)
    const age = ageMatch ? Number(ageMatch[1] ?? ageMatch[2]) : null
    const isOfficial =
      (title !== null && (RANK_TITLES.has(title) || PUBLIC_OFFICE_TITLES.has(title))) ||
      isPublicContactEmployee(name, context.pack.publicContactEmployees) ||
      STAFF_ROLE_BEFORE.test(before) ||
      STAFF_ROLE_AFTER.test(after)
    // "arrested Wes Park after he choked his girlfriend, Amber Sloane": the arrest word belongs to
    // the nearer name, unless the two names are a list ("arrested Jo Diaz and Al Ruiz").
    const previous: PersonMention | null = previousMention !== null && previousMention.sentenceIndex === sentenceIndex ? previousMention : null
    const betweenPrevious = previous ? text.slice(previous.name.end, name.start) : null
    const accusedBefore =
      previous !== null && betweenPrevious !== null && NAME_LIST_SEPARATOR.test(betweenPrevious)
        ? previous.isAccused
        : ACCUSED_BEFORE.test(betweenPrevious !== null && betweenPrevious.length < before.length ? betweenPrevious : before)
    // "… after he choked his girlfriend, Amber Sloane": the object of the harm is not the arrestee.
    const harmedRightBefore = VICTIM_OBJECT_BEFORE.test(before) || VICTIM_RELATION_OBJECT_BEFORE.test(before)
    const isAccused = (accusedBefore && !harmedRightBefore) || ACCUSED_AFTER.test(after) || ACCUSED_AFTER_ACTIVE.test(after)
    let isMissing = missingBySentence.get(sentenceIndex)
    if (isMissing === undefined) {
      isMissing = sentences.slice(Math.max(0, sentenceIndex - 1), sentenceIndex + 1).some((neighbour) => MISSING_CONTEXT.test(neighbour.text))
      missingBySentence.set(sentenceIndex, isMissing)
    }
    const mention: PersonMention = {
      name,
      sentenceIndex,
      personId: ids[index],
      isOfficial,
      isAccused,
      isMissing,
      // "the victim, Mr. Tomas Guerrero": the honorific sits outside the name.
      victimEvidence: isOfficial ? null : victimEvidenceFor({ before: before.replace(TRAILING_HONORIFIC, ""), after }, name, victimRoles),
      juvenileEvidence: null,
      isParentOfJuvenile: false,
      age
    }
    previousMention = mention
    return mention
  })
  // A role found at one mention holds for the person's other mentions ("Pike was booked").
  const byPerson = mentionsByPerson(mentions)
  for (const mention of mentions) {
    const samePerson = byPerson.get(mention.personId) ?? []
    if (samePerson.some((other) => other.isOfficial)) mention.isOfficial = true
    if (samePerson.some((other) => other.isAccused)) mention.isAccused = true
    if (mention.age === null) mention.age = samePerson.find((other) => other.age !== null)?.age ?? null
  }
  markJuveniles(context, mentions)
  cache.set(context, mentions)
  return mentions
}

// What may stand between a juvenile descriptor and the name it describes: "16-year-old Enterprise
// High student, Caleb" / "17-year-old from Anderson, Mason" / "Lily Tran, a Shasta High sophomore".
const DESCRIPTOR_THEN_NAME = /^[\s,]*(?:(?:from|at|in|of)\s+)?(?:[\p{L}.'’-]+[\s,]+){0,4}$/u
const NAME_THEN_DESCRIPTOR = /^(?:,\s*(?:an?|the|who is an?|who is the)?|\s+(?:is|was)\s+(?:an?|the))\s+(?:[\p{L}.'’-]+\s+){0,4}$/u
const CLAUSE_WORD =
  /\b(?:was|is|were|are|had|has|have|crashed|hit|struck|arrested|cited|booked|and|with|by|who|that|told|said|after|when|while|for|to|into|carrying|driving|near|of|mother|father|parent|mom|dad|grandmother|grandfather|aunt|uncle|sister|brother|coach|teacher|principal|guardian)\b/i
// "To the 15-year-old on the dirt bike ...: we know it's you, Brody": a definite, singular juvenile.
const DEFINITE_BEFORE_CUE = /(?:^|\b(?:to the|the|this|that|our))\s*$/i
const PLURAL_CUE = /(?:olds|teens|teenagers|juveniles|minors|students|boys|girls|kids|children|youths)$/i
const SINGULAR_CUE = /^(?:\d|juvenile$|minor$|teen$|teenager$|kid$|boy$|girl$|student$|freshman$|sophomore$|youth$)/i

function bindJuvenileCue(
  text: string,
  sentence: { start: number; end: number },
  cue: { start: number; end: number; text: string },
  candidates: readonly PersonMention[]
): void {
  const cueStart = sentence.start + cue.start
  const cueEnd = sentence.start + cue.end
  // "and a 16-year-old boy": someone else than the name before.
  if (COORDINATED_OTHER_PERSON.test(text.slice(Math.max(sentence.start, cueStart - 24), cueStart))) return
  const unbound = candidates.filter((mention) => !mention.juvenileEvidence)
  const after = unbound.find(
    (mention) => mention.name.start >= cueEnd && mention.name.start - cueEnd <= 60 && linksDescriptor(text.slice(cueEnd, mention.name.start), DESCRIPTOR_THEN_NAME)
  )
  const before = [...unbound]
    .reverse()
    .find(
      (mention) => mention.name.end <= cueStart && cueStart - mention.name.end <= 60 && linksDescriptor(text.slice(mention.name.end, cueStart), NAME_THEN_DESCRIPTOR)
    )
  let bound = after ?? before
  if (!bound && candidates.length === 1 && unbound.length === 1 && SINGULAR_CUE.test(cue.text)) {
    const definite = DEFINITE_BEFORE_CUE.test(text.slice(Math.max(sentence.start, cueStart - 8), cueStart))
    if (definite && unbound[0].name.start >= cueEnd) bound = unbound[0]
  }
  if (!bound) return
  bound.juvenileEvidence = bound.name.start >= cueEnd ? text.slice(cueStart, bound.name.end) : text.slice(bound.name.start, cueEnd)
  // "Two 15-year-olds from Anderson High, Noah Kemp and Eli Sutter, …": a plural cue covers the list.
  if (!PLURAL_CUE.test(cue.text)) return
  let last = bound
  for (const next of unbound.filter((mention) => mention.name.start > bound.name.end)) {
    if (!NAME_LIST_SEPARATOR.test(text.slice(last.name.end, next.name.start))) break
    next.juvenileEvidence = bound.juvenileEvidence
    last = next
  }
}

function linksDescriptor(between: string, shape: RegExp): boolean {
  return shape.test(between) && !CLAUSE_WORD.test(between)
}

/**
 * Parents who identify a minor in a police matter: an official's child ("the 14-year-old son of
 * Councilmember Rick Haynes was cited") or a parent named after the child was described ("The
 * 13-year-old girl who was assaulted … Her mom, Rachel Dunn, thanked officers").
 */
function markParentsInPoliceMatters(
  context: RuleContext,
  sentenceIndex: number,
  inSentence: readonly PersonMention[],
  cues: ReadonlyArray<{ text: string }>
): void {
  const { text } = context.draft
  const sentence = context.sentences[sentenceIndex]
  const previous = sentenceIndex > 0 ? context.sentences[sentenceIndex - 1] : null
  const previousCues = previous ? juvenileCues(previous.text) : []
  // Read once per sentence: a long sentence may hold many names.
  const policeMatterHere = cues.length > 0 && JUVENILE_POLICE_MATTER.test(sentence.text)
  const describedCue =
    policeMatterHere ? cues[0] : previous && previousCues.length > 0 && JUVENILE_POLICE_MATTER.test(previous.text) ? previousCues[0] : undefined
  if (describedCue === undefined) return
  for (const mention of inSentence) {
    if (mention.juvenileEvidence) continue
    const before = text.slice(Math.max(sentence.start, mention.name.start - CONTEXT_REACH), mention.name.start)
    const after = text.slice(mention.name.end, Math.min(sentence.end, mention.name.end + CONTEXT_REACH))
    let cue: { text: string } | undefined
    if (mention.isOfficial && policeMatterHere && (PARENT_OF_BEFORE.test(before) || PARENT_OF_AFTER.test(after))) {
      cue = cues[0]
    } else if (PARENT_APPOSITION_BEFORE.test(before)) {
      cue = describedCue
    }
    if (!cue) continue
    mention.juvenileEvidence = `${mention.name.text} (a parent named next to "${cue.text}")`
    mention.isParentOfJuvenile = true
  }
}

function markJuveniles(context: RuleContext, mentions: PersonMention[]): void {
  const { text } = context.draft
  const bySentence = new Map<number, PersonMention[]>()
  for (const mention of mentions) {
    if (mention.sentenceIndex < 0) continue
    const list = bySentence.get(mention.sentenceIndex) ?? []
    list.push(mention)
    bySentence.set(mention.sentenceIndex, list)
  }
  for (const [sentenceIndex, inSentence] of bySentence) {
    const sentence = context.sentences[sentenceIndex]
    const cues = juvenileCues(sentence.text)
    const candidates = inSentence.filter(
      (mention) => !mention.isOfficial && (mention.age === null || mention.age < ADULT_AGE)
    )
    for (const mention of candidates) {
      const after = text.slice(mention.name.end, Math.min(sentence.end, mention.name.end + CONTEXT_REACH))
      const before = text.slice(Math.max(sentence.start, mention.name.start - CONTEXT_REACH), mention.name.start)
      if (mention.age !== null && mention.age < ADULT_AGE) {
        mention.juvenileEvidence = `${mention.name.text}${AGE_AFTER_NAME.exec(after)?.[0] ?? ""}`
        continue
      }
      if (PARENT_OF_BEFORE.test(before) || PARENT_OF_AFTER.test(after)) {
        if (cues.length > 0) {
          mention.juvenileEvidence = `${mention.name.text} (a parent named next to "${cues[0].text}")`
          mention.isParentOfJuvenile = true
        }
        continue
      }
    }
    markParentsInPoliceMatters(context, sentenceIndex, inSentence, cues)
    for (const cue of cues) bindJuvenileCue(text, sentence, cue, candidates)
  }
  const byPerson = mentionsByPerson(mentions)
  for (const mention of mentions) {
    if (mention.juvenileEvidence || mention.isOfficial) continue
    const identified = byPerson.get(mention.personId)?.find((other) => other.juvenileEvidence)
    if (identified && (mention.age === null || mention.age < ADULT_AGE)) mention.juvenileEvidence = identified.juvenileEvidence
  }
}

/** Mentions of private people: not officers, public-contact employees or officials. */
export function privateMentions(context: RuleContext): PersonMention[] {
  return classifyPeople(context).filter((mention) => !mention.isOfficial)
}
