// Person names in a draft: runs of capitalised words judged by compromise's name lexicons and
// by context cues (a rank before, an age after), cached per sentence so typing stays fast.
import nlp from "compromise"

import type { Sentence } from "./sentences"
import type { Span } from "./terms"

export interface PersonName extends Span {
  text: string
  /** The rank or honorific written right before the name ("Sgt.", "Officer", "Dr."), or null. */
  title: string | null
}

// compromise's full parse costs about 2-4 ms per sentence here, too slow for every keystroke;
// its lexicon alone (first names, last names, places, common words) is a hash lookup.
type LexiconTag = string | string[]
const lexicon = (nlp.model() as { one: { lexicon: Record<string, LexiconTag> } }).one.lexicon

const COMBINING_MARKS = /\p{M}+/gu

function tagsOf(word: string): string[] {
  // compromise's lexicon is unaccented: "José Hernández" is looked up as "jose hernandez".
  const tag = lexicon[word] ?? lexicon[word.normalize("NFD").replace(COMBINING_MARKS, "")]
  if (tag === undefined) return []
  return Array.isArray(tag) ? tag : [tag]
}

// "Person" holds well-known single names ("mason", "carson", "harrison"), usable as first names.
const FIRST_NAME_TAGS = new Set(["MaleName", "FemaleName", "FirstName", "Person"])
const PLACE_TAGS = new Set(["City", "Country", "Region", "Place", "Place+ProperNoun"])

function isFirstName(lower: string): boolean {
  return tagsOf(lower).some((tag) => FIRST_NAME_TAGS.has(tag))
}
function isLastName(lower: string): boolean {
  return tagsOf(lower).includes("LastName")
}
function isKnownPlace(lower: string): boolean {
  return tagsOf(lower).some((tag) => PLACE_TAGS.has(tag))
}
/** A word compromise knows as something other than a name ("Meet", "Update", "The"). */
function isCommonWord(lower: string): boolean {
  const tags = tagsOf(lower)
  return tags.length > 0 && !tags.some((tag) => FIRST_NAME_TAGS.has(tag) || tag === "LastName" || tag === "Person")
}

/** Ranks and honorifics that introduce a name; the plural ones introduce a list of names. */
const TITLES = new Set([
  "officer", "officers", "ofc", "sgt", "sergeant", "sergeants", "lt", "lieutenant", "capt", "captain", "chief",
  "deputy", "deputies", "det", "detective", "detectives", "cpl", "corporal", "cmdr", "commander", "trooper",
  "agent", "dispatcher", "cso", "cadet", "explorer", "sheriff", "undersheriff", "marshal",
  "mr", "mrs", "ms", "miss", "dr", "doctor", "pastor", "reverend", "rev", "father", "judge", "mayor",
  "councilmember", "councilman", "councilwoman", "council", "supervisor", "senator", "assemblymember",
  "congressman", "congresswoman", "principal", "coach"
])
const PLURAL_TITLES = new Set(["officers", "sergeants", "deputies", "detectives"])
const ABBREVIATED_TITLES = new Set(["ofc", "sgt", "lt", "capt", "det", "cpl", "cmdr", "mr", "mrs", "ms", "dr", "rev"])

// Capitalised words that make a run a place, an organisation, a vehicle or a date, not a person.
const NOT_NAME_WORDS = new Set([
  // streets and places
  "street", "st", "avenue", "ave", "road", "rd", "drive", "dr", "lane", "ln", "court", "ct", "way", "boulevard",
  "blvd", "highway", "hwy", "circle", "cir", "parkway", "pkwy", "trail", "loop", "place", "pl", "terrace",
  "bridge", "lake", "river", "creek", "mountain", "mount", "ridge", "heights", "estates", "village", "valley",
  "park", "plaza", "square", "airport", "station", "mall", "campus", "canyon", "hill", "hills", "meadow",
  "meadows", "north", "south", "east", "west", "northbound", "southbound", "eastbound", "westbound",
  "downtown", "county", "city", "state", "california", "interstate",
  // organisations and facilities
  "police", "department", "dept", "jail", "hall", "center", "centre", "school", "high", "elementary",
  "middle", "junior", "college", "university", "academy", "church", "hospital", "medical", "clinic", "library",
  "association", "unit", "division", "team", "program", "services", "service", "office", "bureau", "market",
  "mart", "store", "shop", "realty", "fitness", "coffee", "roasters", "supply", "sales", "auto", "towing",
  "company", "co", "inc", "llc", "corp", "group", "club", "bank", "credit", "union", "society", "foundation",
  "festival", "fair", "health", "public", "works", "fire", "patrol", "sheriff's", "court's", "agency",
  "committee", "commission", "council", "board", "district", "project", "ministries", "rescue", "shelter",
  "motel", "hotel", "inn", "cafe", "restaurant", "grill", "bar", "pizza", "burger", "brewing", "goods",
  "sporting", "electronics", "pharmacy", "express", "taqueria", "insurance", "properties", "news",
  "enterprises", "solutions", "systems", "industries", "partners", "apartments", "community", "neighborhood",
  "watch", "alert", "task", "force", "network", "coalition", "alliance", "institute", "national",
  "federal", "american", "republican", "democrat", "democrats", "justice", "probation", "parole",
  // platforms, vehicles, dates and other frequent capitalised words
  "facebook", "instagram", "twitter", "snapchat", "tiktok", "youtube", "linkedin", "pinterest", "google",
  "honda", "civic", "accord", "toyota", "tacoma", "camry", "corolla", "ford", "chevrolet", "chevy", "dodge",
  "charger", "nissan", "altima", "buick", "jeep", "subaru", "tesla", "kia", "hyundai", "gmc", "tahoe",
  "silverado", "equinox", "ram", "bmw", "mercedes", "volkswagen", "mazda", "lexus", "acura", "harley",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
  "april", "may", "june", "july", "august", "september", "october", "november", "december", "christmas",
  "thanksgiving", "halloween", "easter", "god", "jesus", "lord", "covid", "narcan", "naloxone",
  "trainee", "trainees", "recruit", "recruits", "lateral", "laterals", "graduate", "graduates", "volunteer",
  "volunteers", "chaplain", "explorers", "reserve", "reserves", "unknown"
])

// Single first names that are also everyday words: only trusted with a surname or a title.
const AMBIGUOUS_SINGLE_NAMES = new Set([
  "will", "mark", "grace", "chase", "pat", "sue", "jack", "drew", "grant", "dawn", "faith", "hope", "joy",
  "rose", "ruby", "crystal", "destiny", "iris", "ivy", "lily", "daisy", "star", "storm", "river", "sky",
  "rich", "bill", "art", "guy", "frank", "ray", "bob", "rob", "bud", "don", "dean", "earl", "king", "major",
  "cal", "dallas", "austin", "phoenix", "paris", "sierra", "shasta", "trinity", "tyler", "jordan", "carter",
  "lincoln", "hunter", "taylor", "page", "penny", "sunny", "june", "may", "april", "august", "summer",
  "autumn", "holly", "angel", "precious", "harmony", "lane", "brook", "miles", "wade", "chip", "gene",
  "dusty", "rusty", "sandy", "misty", "justice", "honor", "ranger", "max", "buddy", "duke", "bear", "bo"
])

// Words right before a run that say a person follows ("identified as", "the victim,", "you,").
const PERSON_CUE_BEFORE =
  /(?:\bidentified as|\bnamed|\bname is|\bname was|\bvictims?,?|\bsuspects?,?|\bdriver,?|\bpassenger,?|\bstudent,?|\bfreshman,?|\bsophomore,?|\bjunior,?|\bsenior,?|\bgrader,?|\bteen,?|\bteenager,?|\bjuvenile,?|\bsons?|\bdaughters?|\bwife|\bhusband|\bmother|\bfather|\bmom|\bdad|\bbrother|\bsister|\bboyfriend|\bgirlfriend|\bneighbou?r|\bclerk|\bresident|\bowner|\bhomeowner|\bman|\bwoman|\bboy|\bgirl|\bbaby|\bchild|\bdetained,?|\barrested|\bcited|\bbooked|\bwas|\bis|\byou,|\bmeet|\bwelcome|\bcongratulations(?: to)?|\bthanks(?: to)?|\bthank you(?: to)?)[\s,:]*$/i
// An age right after the name: "Dale Wingert, 67," "Kayla Brennan (29)".
const AGE_AFTER = /^(?:,\s*(?:\d{1,2}|1[01]\d)(?![\d,.:]\d)|\s*\((?:\d{1,2}|1[01]\d)\))/

const TOKEN = /[#@]?[\p{L}\p{N}][\p{L}\p{N}'’-]*\.?/gu
const CAPITALISED = /^\p{Lu}[\p{L}'’-]*\.?$/u
const HAS_LOWER = /\p{Ll}/u
const INITIAL = /^\p{Lu}\.$/u
// Words of one name are separated by spaces, or by the quotes of a nickname ("Roberto 'Beto' Sandoval").
const INLINE_SPACE = /^['"’”]?[ \t\u00a0]+['"‘“]?$/

interface Token {
  start: number
  end: number
  /** Lower case, without a trailing period. */
  word: string
  raw: string
}

function bare(raw: string): string {
  return raw.replace(/\.$/, "").toLowerCase()
}

function isNameShaped(raw: string): boolean {
  return INITIAL.test(raw) || (CAPITALISED.test(raw) && HAS_LOWER.test(raw))
}

/** Capitalised runs ("Sgt. Dan Holloway", "Darnell R. Pike") of a sentence. */
function capitalisedRuns(sentence: string): Token[][] {
  const runs: Token[][] = []
  let run: Token[] = []
  let previous: Token | null = null
  for (const match of sentence.matchAll(TOKEN)) {
    const raw = match[0]
    const token: Token = { start: match.index, end: match.index + raw.length, word: bare(raw), raw }
    const joinable =
      previous !== null &&
      run.length > 0 &&
      INLINE_SPACE.test(sentence.slice(previous.end, token.start)) &&
      (!previous.raw.endsWith(".") || INITIAL.test(previous.raw) || ABBREVIATED_TITLES.has(previous.word))
    if (!joinable && run.length > 0) {
      runs.push(run)
      run = []
    }
    if (isNameShaped(raw) && !raw.startsWith("#") && !raw.startsWith("@")) {
      // A trailing period that ends the sentence is not part of the name.
      if (raw.endsWith(".") && !INITIAL.test(raw) && !ABBREVIATED_TITLES.has(token.word)) {
        token.end -= 1
        token.raw = raw.slice(0, -1)
      }
      // "Pennington's home": the possessive is not part of the name.
      if (/['’]s$/.test(token.raw) && token.raw.length > 3) {
        token.end -= 2
        token.raw = token.raw.slice(0, -2)
        token.word = bare(token.raw)
      } else if (/['’]$/.test(token.raw)) {
        // "Dale Ivers' car", "'Beto'": a bare apostrophe or closing quote is not part of the name.
        token.end -= 1
        token.raw = token.raw.slice(0, -1)
        token.word = bare(token.raw)
      }
      run.push(token)
    } else if (run.length > 0) {
      runs.push(run)
      run = []
    }
    previous = { ...token, raw }
  }
  if (run.length > 0) runs.push(run)
  return runs
}

/** Where a run starts a clause: the sentence start or after a colon, dash, quote or emoji. */
function startsClause(sentence: string, offset: number): boolean {
  const before = sentence.slice(Math.max(0, offset - 4), offset)
  return offset === 0 || /(?:^|[:;–—"“(]|[^\p{L}\p{N}\s,.'’-])\s*$/u.test(before)
}

interface SentenceName extends Span {
  title: string | null
  /** A single unknown capitalised word: a person only if an earlier full name has it as surname. */
  surnameOnly: boolean
}

interface LocalPlaces {
  /** One-word places ("Anderson", "Cypress"). */
  words: ReadonlySet<string>
  /** Places of several words ("Caldwell Park"), matched only as a whole so "Ethan Caldwell" stays a name. */
  phrases: ReadonlyArray<readonly string[]>
}

/** "Mary Anderson", "Sharon Lee Whitmore": a one-word place ending a run that starts with a first name. */
function isSurnameNotPlace(run: Token[], index: number): boolean {
  if (index !== run.length - 1 || index === 0) return false
  const first = run[0].word
  return isLastName(run[index].word) ? isFirstName(run[index - 1].word) : isFirstName(first) && !AMBIGUOUS_SINGLE_NAMES.has(first)
}

function lastLocalPlaceIndex(run: Token[], places: LocalPlaces): number {
  let last = -1
  run.forEach((token, index) => {
    if (places.words.has(token.word) && !isSurnameNotPlace(run, index)) last = index
  })
  for (const phrase of places.phrases) {
    for (let index = 0; index + phrase.length <= run.length; index++) {
      if (phrase.every((word, offset) => run[index + offset].word === word)) last = Math.max(last, index + phrase.length - 1)
    }
  }
  return last
}

function judgeRun(sentence: string, run: Token[], localPlaces: LocalPlaces): SentenceName | null {
  // "Redding Police Officer Jo Ruiz": a name can only follow the last place or organisation word.
  let lastNotName = lastLocalPlaceIndex(run, localPlaces)
  run.forEach((token, index) => {
    if (NOT_NAME_WORDS.has(token.word)) lastNotName = Math.max(lastNotName, index)
  })
  let tokens = run.slice(lastNotName + 1)
  let title: string | null = null
  // A title inside the run ("School Resource Officer Dan Reyes"): the name follows the last one.
  let lastTitle = -1
  tokens.forEach((token, index) => {
    if (TITLES.has(token.word) && index < tokens.length - 1) lastTitle = index
  })
  if (lastTitle >= 0) {
    title = tokens[lastTitle].raw
    tokens = tokens.slice(lastTitle + 1)
  }
  // At a clause start, a common word before a name is not part of it ("Meet Brandon Lott").
  while (title === null && tokens.length > 1 && startsClause(sentence, tokens[0].start) && isCommonWord(tokens[0].word)) {
    tokens = tokens.slice(1)
  }
  while (tokens.length > 1 && /^(?:jr|sr|ii|iii)$/.test(tokens[tokens.length - 1].word)) tokens = tokens.slice(0, -1)
  if (tokens.length === 0 || tokens.length > 4) return null
  if (INITIAL.test(tokens[0].raw) && tokens.length === 1) return null
  // "K9 Ranger" is a police dog.
  if (/\bK-?9\s+$/i.test(sentence.slice(Math.max(0, tokens[0].start - 4), tokens[0].start))) return null
  const first = tokens[0]
  const last = tokens[tokens.length - 1]
  const span = { start: first.start, end: last.end }
  const after = sentence.slice(span.end, span.end + 8)
  const hasAge = AGE_AFTER.test(after)
  const cueBefore = PERSON_CUE_BEFORE.test(sentence.slice(Math.max(0, span.start - 40), span.start))

  if (tokens.length === 1) {
    if (title) return { ...span, title, surnameOnly: false }
    if (isCommonWord(first.word) || (isKnownPlace(first.word) && !isFirstName(first.word))) return null
    const trustedFirstName = isFirstName(first.word) && !AMBIGUOUS_SINGLE_NAMES.has(first.word)
    return { ...span, title, surnameOnly: !(trustedFirstName || hasAge) }
  }
  // Many surnames are also towns (Pennington, Houston): a known first name settles it.
  if (isKnownPlace(last.word) && !isLastName(last.word) && !isFirstName(first.word) && title === null) return null
  const hasMiddleInitial = tokens.slice(1, -1).some((token) => INITIAL.test(token.raw))
  const nameLike =
    title !== null ||
    isFirstName(first.word) ||
    isLastName(last.word) ||
    hasMiddleInitial ||
    hasAge ||
    cueBefore
  return nameLike ? { ...span, title, surnameOnly: false } : null
}

const cache = new Map<string, SentenceName[]>()
const CACHE_LIMIT = 2_000
// Names need a capitalised word with a lower-case letter; most sentences of a post have one,
// but a sentence without any is skipped outright.
const ANY_CAPITALISED = /\p{Lu}\p{Ll}/u

function namesInSentence(sentenceText: string, localPlaces: LocalPlaces, placesKey: string): SentenceName[] {
  const key = `${placesKey}\u0000${sentenceText}`
  const cached = cache.get(key)
  if (cached) return cached
  const names: SentenceName[] = []
  if (ANY_CAPITALISED.test(sentenceText)) {
    let listTitle: string | null = null
    let listEnd = -1
    for (const run of capitalisedRuns(sentenceText)) {
      const name = judgeRun(sentenceText, run, localPlaces)
      if (!name) continue
      // "Officers Alyssa Moreno, Tyler Jacobsen and Devin Park": the plural title covers the list.
      if (!name.title && listTitle && /^(?:,\s*|,?\s+and\s+|\s*&\s*)$/.test(sentenceText.slice(listEnd, name.start))) {
        name.title = listTitle
      }
      if (name.title && PLURAL_TITLES.has(bare(name.title))) listTitle = name.title
      else if (!name.title || listTitle !== name.title) listTitle = null
      listEnd = name.end
      names.push(name)
    }
  }
  if (cache.size >= CACHE_LIMIT) cache.clear()
  cache.set(key, names)
  return names
}

const placeWordsCache = new Map<string, LocalPlaces>()
function placeWordsOf(localPlaces: readonly string[]): { key: string; places: LocalPlaces } {
  const key = localPlaces.join("|")
  let places = placeWordsCache.get(key)
  if (!places) {
    const split = localPlaces.map((place) => place.toLowerCase().split(/\s+/).filter(Boolean))
    places = {
      words: new Set(split.filter((words) => words.length === 1).map((words) => words[0])),
      phrases: split.filter((words) => words.length > 1)
    }
    if (placeWordsCache.size > 20) placeWordsCache.clear()
    placeWordsCache.set(key, places)
  }
  return { key, places }
}

function lastWordOf(name: string): string {
  const words = name.split(/\s+/)
  return words[words.length - 1].toLowerCase()
}

/** Person names found in the given sentences, as spans of the full text. */
export function findPersonNames(
  text: string,
  sentences: readonly Sentence[],
  localPlaces: readonly string[]
): PersonName[] {
  const places = placeWordsOf(localPlaces)
  const found: Array<PersonName & { surnameOnly: boolean }> = []
  for (const sentence of sentences) {
    for (const name of namesInSentence(sentence.text, places.places, places.key)) {
      const start = sentence.start + name.start
      const end = sentence.start + name.end
      found.push({ start, end, text: text.slice(start, end), title: name.title, surnameOnly: name.surnameOnly })
    }
  }
  // "Pike was booked": a lone capitalised word is a person when a full name earlier ends with it.
  const surnames = new Set(found.filter((name) => !name.surnameOnly && /\s/.test(name.text)).map((name) => lastWordOf(name.text)))
  return found
    .filter((name) => !name.surnameOnly || surnames.has(name.text.toLowerCase()))
    .map(({ start, end, text: nameText, title }) => ({ start, end, text: nameText, title }))
}

/** The gender compromise's lexicon gives a first name, or null when it gives none or both. */
export function firstNameGender(firstName: string): "male" | "female" | null {
  const tags = tagsOf(firstName.toLowerCase())
  if (tags.includes("MaleName")) return "male"
  if (tags.includes("FemaleName")) return "female"
  return null
}
