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
  "(?:killed|robbed|stabbed|shot|assaulted|attacked|beaten|injured|hurt|hit|struck|kidnapped|abducted|carjacked|raped|molested|murdered|burglarized|victimized|threatened|run over|pronounced dead|found dead|died|dies|strangled|choked|pistol-whipped|scammed|defrauded|swindled)"
const NAMED_AS_VICTIM_BEFORE = /\bvictims?(?:['’]s name)?(?!['’])\b([^.;]{0,45})$/i
const VICTIM_EVENT_BEFORE = new RegExp(
  `\\b(?:victims?|decedent|deceased|${VICTIM_VERB}|fatal(?:ly)?|homicide|crash|collision)\\b([^.;]{0,110}?)\\b(?:identified as|was|is|as|named)[\\s:,]*$`,
  "i"
)
const PASSIVE_VICTIM_AFTER = new RegExp(
  `^(?:,\\s*\\d{1,3},?)?(?:\\s+of\\s+\\p{Lu}\\p{L}+(?:\\s\\p{Lu}\\p{L}+)?,?)?(?:\\s+who)?\\s+(?:was|were|had been|has been|is|got)\\s+(?:fatally\\s+|critically\\s+|seriously\\s+|badly\\s+|severely\\s+|allegedly\\s+|reportedly\\s+)?(?:\\p{L}+ed(?:\\s+(?:down|over|up|out))?\\s+and\\s+)?${VICTIM_VERB}\\b(?!\\s+by\\s+(?:an?\\s+)?(?:officers?|police|deputies|deputy))`,
  "iu"
)
const DIED_AFTER = /^(?:,\s*\d{1,3},?)?(?:\s+of\s+\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?,?)?(?:\s+who)?\s+(?:died|passed away|was pronounced dead|did not survive|succumbed)\b/iu
const PROPERTY_VICTIM_AFTER =
  /^['’]s?\s+(?:home|house|residence|apartment|car|vehicle|truck|business|store|shop|garage|purse|wallet|bank account)\b[^.;]{0,40}?\s(?:was|were|had been)\s+(?:burglarized|broken into|stolen|vandalized|robbed|ransacked|targeted|set on fire)/i
// "the death of Raymond Fikes", "a man stabbed Jo Diaz", "broke into Lorraine Sasaki's garage"
const CRIME_OF_BEFORE =
  /\b(?:death|murder|killing|homicide|stabbing|shooting|beating|kidnapping|abduction|rape|assault|robbery|carjacking|disappearance) of\s*$/i
const VICTIM_OBJECT_BEFORE = new RegExp(`\\b${VICTIM_VERB}\\s*$`, "i")
const PROPERTY_CRIME_BEFORE = /\b(?:broke into|broken into|burglarized|vandalized|ransacked|stole|stolen from|took|set fire to)\s*$/i
const VICTIM_ROLE =
  "(?:clerk|cashier|employee|worker|manager|driver|pedestrian|cyclist|bicyclist|motorcyclist|passenger|woman|man|resident|homeowner|tenant|customer|owner|teen|boy|girl|student|neighbou?r|attendant|guard|jogger|hiker|runner|shopper|elderly man|elderly woman)"
// "robbed the cashier" / "a jogger was attacked": the role the victim is given before being named.
const VICTIM_ROLE_INTRODUCED = new RegExp(
  `\\b${VICTIM_VERB}\\s+(?:the|a|an)\\s+(?:[\\p{L}-]+\\s+){0,2}?(${VICTIM_ROLE})\\b|\\b(?:the|a|an)\\s+(?:[\\p{L}-]+\\s+){0,2}?(${VICTIM_ROLE})\\s+(?:was|were)\\s+(?:\\p{L}+\\s+)?${VICTIM_VERB}\\b`,
  "giu"
)
// "identified the killer in Sunday's shooting as ...": the one identified is the offender.
const OFFENDER_NOUN =
  /\b(?:killer|suspects?|shooter|gunman|robber|attacker|assailant|perpetrator|culprit|thief|burglar|driver responsible|person responsible|wanted|arrested)\b/i
const OFFICER_INVOLVED = /\bofficer[- ]involved\b/i
const BY_POLICE = /\b(?:officers?|deputies|deputy|police|troopers?|detectives?|sgt\.?|sergeant)\b/i
const REPORTED_ABUSE_AFTER =
  /^[^.;]{0,25}\b(?:told|reported to)\s+(?:officers|police|deputies|detectives)\b[^.;]{0,90}\b(?:struck|hit|assaulted|attacked|robbed|threatened|choked|strangled|punched|kicked|raped|stabbed|shot at|beat)\s+(?:her|him|them)\b/i
// Words between "victim" and a name that show the name is someone else ("the victim told police John Smith ...").
const NOT_APPOSITION =
  /\b(?:told|said|says|reported|called|identified|described|and|by|arrested|suspect|who|that|when|after|before|while|son|daughter|wife|husband|mother|father|mom|dad|brother|sister|friend|neighbou?r|boyfriend|girlfriend|family|relative|attorney|lawyer)\b/i
// A victimisation verb used actively ("the man who robbed the store was ...") describes the suspect.
const OFFENDER_VERB = "(?:killed|robbed|stabbed|shot|assaulted|attacked|beat|hit|struck|kidnapped|abducted|carjacked|raped|molested|murdered|burglarized|threatened)"
const ACTIVE_OFFENDER = new RegExp(
  `\\b(?:who|that)\\s+(?:allegedly\\s+|reportedly\\s+)?${OFFENDER_VERB}\\b|\\b(?:suspects?|man|woman|person|driver|gunman)\\s+(?:allegedly\\s+|reportedly\\s+)?${OFFENDER_VERB}\\s+(?:a|an|the|his|her|their|two|three|several|\\d)\\b`,
  "i"
)

const JUVENILE_AGE = /\b(\d{1,2})[- ](?:years?|yrs?)[- ]old\b|\b(?:age|aged)\s+(\d{1,2})\b/gi
const JUVENILE_TERM =
  /\b(?:juveniles?|minors?|teens?|teenagers?|teenage|teen-aged|(?:high|middle|elementary|junior high|jr\.? high) school(?:er)?s?|(?:high|middle|elementary) (?:school )?students?|students? at [\p{Lu}][\p{L}. ]{1,30} (?:high|middle|elementary|junior high)|freshman|sophomore|\d{1,2}(?:st|nd|rd|th)[- ]grader|(?:\d{1,2}(?:st|nd|rd|th) )?grade students?|kids?|child|children|toddler|infant|baby|boy|girl|youth)\b/giu
const MINOR_NOT_JUVENILE = /^minor\s+(?:injur|collision|crash|damage|offen|infraction|traffic|accident|scrape|cut|burn|fender)/i
const COORDINATED_OTHER_PERSON = /\b(?:and|with|plus|along with|or)\s+(?:a|an|the|his|her|their|two|three|four|several)?\s*$/i
const PARENT_OF_BEFORE =
  /\b(?:sons?|daughters?|child|children|kids?|stepsons?|stepdaughters?|grandsons?|granddaughters?|grandchild(?:ren)?|boy|girl)\s+of\s*$/i
const PARENT_OF_AFTER =
  /^['’]s?\s+(?:\d{1,2}[- ]year[- ]old\s+)?(?:teen(?:age)?\s+|young\s+|little\s+)?(?:sons?|daughters?|child|children|kids?|stepsons?|stepdaughters?|grandsons?|granddaughters?|grandchild(?:ren)?|boy|girl)\b/i
const AGE_AFTER_NAME = /^(?:,\s*(\d{1,2}|1[01]\d)(?![\d,.:]\d)|\s*\((\d{1,2}|1[01]\d)\))/

const ADULT_AGE = 18
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
function juvenileCues(sentence: string): Array<{ start: number; end: number; text: string }> {
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

function victimEvidenceFor(slices: SentenceSlices, mention: PersonName, victimRoles: ReadonlySet<string>): string | null {
  const { before, after } = slices
  const role = /\b(?:the|that)\s+([\p{L} ]{2,20}?)(?:,\s*|\s+(?:was|is|has been identified as|identified as)\s+)$/iu.exec(before)
  if (role && victimRoles.has(role[1].toLowerCase())) return `${role[0].trim()} ${mention.text}`
  const named = NAMED_AS_VICTIM_BEFORE.exec(before)
  if (named && !NOT_APPOSITION.test(named[1])) return before.slice(named.index).trim() + " " + mention.text
  const event = VICTIM_EVENT_BEFORE.exec(before)
  if (
    event &&
    !NOT_APPOSITION.test(event[1].replace(/\b(?:identified|and)\b/gi, "")) &&
    !ACTIVE_OFFENDER.test(before) &&
    !OFFENDER_NOUN.test(before)
  ) {
    return before.slice(event.index).trim() + " " + mention.text
  }
  const crimeOf = CRIME_OF_BEFORE.exec(before)
  if (crimeOf && !OFFICER_INVOLVED.test(before)) return crimeOf[0].trim() + " " + mention.text
  const object = VICTIM_OBJECT_BEFORE.exec(before)
  if (object && !BY_POLICE.test(before)) return before.slice(Math.max(0, object.index - 30)).trim() + " " + mention.text
  if (PROPERTY_CRIME_BEFORE.test(before) && /^['’]s?\b/.test(after)) return before.slice(-40).trim() + " " + mention.text + "'s"
  const passive = PASSIVE_VICTIM_AFTER.exec(after) ?? DIED_AFTER.exec(after) ?? PROPERTY_VICTIM_AFTER.exec(after)
  if (passive) return mention.text + passive[0]
  const reported = REPORTED_ABUSE_AFTER.exec(after)
  if (reported) return mention.text + reported[0]
  return null
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
  const mentions: PersonMention[] = names.map((name, index) => {
    const sentenceIndex = sentenceIndexAt(sentences, name.start)
    const sentence = sentenceIndex >= 0 ? sentences[sentenceIndex] : { start: 0, end: text.length, text }
    // Every context pattern looks at most this far; bounding the slices keeps long drafts linear.
    const before = text.slice(Math.max(sentence.start, name.start - CONTEXT_REACH), name.start)
    const after = text.slice(name.end, Math.max(name.end, Math.min(sentence.end, name.end + CONTEXT_REACH)))
    const slices = { before, after }
    const title = titleWord(name.title)
    const ageMatch = AGE_AFTER_NAME.exec(after)
    const age = ageMatch ? Number(ageMatch[1] ?? ageMatch[2]) : null
    const isOfficial =
      (title !== null && (RANK_TITLES.has(title) || PUBLIC_OFFICE_TITLES.has(title))) ||
      isPublicContactEmployee(name, context.pack.publicContactEmployees) ||
      STAFF_ROLE_BEFORE.test(before) ||
      STAFF_ROLE_AFTER.test(after)
    const isAccused =
      ACCUSED_BEFORE.test(before) ||
      ACCUSED_AFTER.test(after) ||
      ACCUSED_AFTER_ACTIVE.test(after)
    const neighbourhood = sentences
      .slice(Math.max(0, sentenceIndex - 1), sentenceIndex + 1)
      .map((neighbour) => neighbour.text)
      .join(" ")
    const isMissing = MISSING_CONTEXT.test(neighbourhood)
    return {
      name,
      sentenceIndex,
      personId: ids[index],
      isOfficial,
      isAccused,
      isMissing,
      victimEvidence: isOfficial ? null : victimEvidenceFor(slices, name, victimRoles),
      juvenileEvidence: null,
      age
    }
  })
  // A role found at one mention holds for the person's other mentions ("Pike was booked").
  for (const mention of mentions) {
    const samePerson = mentions.filter((other) => other.personId === mention.personId)
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
}

function linksDescriptor(between: string, shape: RegExp): boolean {
  return shape.test(between) && !CLAUSE_WORD.test(between)
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
      const after = text.slice(mention.name.end, sentence.end)
      const before = text.slice(sentence.start, mention.name.start)
      if (mention.age !== null && mention.age < ADULT_AGE) {
        mention.juvenileEvidence = `${mention.name.text}${AGE_AFTER_NAME.exec(after)?.[0] ?? ""}`
        continue
      }
      if (PARENT_OF_BEFORE.test(before) || PARENT_OF_AFTER.test(after)) {
        if (cues.length > 0) mention.juvenileEvidence = `${mention.name.text} (a parent named next to "${cues[0].text}")`
        continue
      }
    }
    for (const cue of cues) bindJuvenileCue(text, sentence, cue, candidates)
  }
  for (const mention of mentions) {
    if (mention.juvenileEvidence || mention.isOfficial) continue
    const identified = mentions.find((other) => other.personId === mention.personId && other.juvenileEvidence)
    if (identified && (mention.age === null || mention.age < ADULT_AGE)) mention.juvenileEvidence = identified.juvenileEvidence
  }
}

/** Mentions of private people: not officers, public-contact employees or officials. */
export function privateMentions(context: RuleContext): PersonMention[] {
  return classifyPeople(context).filter((mention) => !mention.isOfficial)
}
