// Realistic agency text for the benchmark: clean posts in the styles Policy 321.4 lists, with a
// few violations mixed in, and numbers, names and streets varied so every variant is fresh text
// (the engine caches person names per sentence; repeated text would only measure the cache).

const STREETS = ["Placer St", "Hilltop Drive", "Cypress Ave", "Churn Creek Road", "Lake Blvd", "Hartnell Ave", "Eureka Way", "Athens Ave", "Shasta View Drive", "Pine Street"]
const FIRST_NAMES = ["Daniel", "Maria", "Kevin", "Ashley", "Robert", "Tanya", "Marcus", "Linda", "Jose", "Hannah"]
const LAST_NAMES = ["Kerr", "Delgado", "Marsh", "Whitfield", "Haines", "Okafor", "Brennan", "Pike", "Alvarez", "Nguyen"]
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

const TEMPLATES = [
  "ARREST MADE IN {street} BURGLARY SERIES\n\nOn {day}, officers with the Neighborhood Police Unit arrested {first} {last}, {age}, of Redding after a resident in the {block} block of {street} reported someone trying car door handles. Officers found stolen tools and mail from {small} different addresses. {last} was booked into the Shasta County Jail for burglary and possession of stolen property. Case #24-0{case}.",
  "TRAFFIC ALERT: Southbound {street} is closed at {street2} due to a collision involving {small} vehicles. Expect delays for the next hour and use an alternate route. #ReddingTraffic",
  "Lock it or lose it. Most of the {small}{small} vehicle break-ins reported last month were unlocked cars with valuables in plain sight. Take your bag, your laptop and your garage opener inside tonight.",
  "Do you recognize this man? On {day} at about {hour}:{minute} p.m., he took several power tools from a store on {street} and left in a silver pickup. Anyone with information is asked to call Detective {last} at (530) 225-4200 and reference case #24-0{case}.",
  "We're hiring! Redding Police Department is accepting applications for Police Officer Trainee through December {small}. Starting salary ${salary} plus benefits. Apply at https://www.cityofredding.gov/jobs.",
  "Coffee with a Cop is this {day} at {hour} a.m. at the Dutch Bros on {street}. Come meet the officers who patrol your neighborhood and ask us anything.",
  "Scam alert: callers claiming to be Sergeant {last} of the Redding Police Department are demanding gift cards to clear a missed jury duty warrant. We will never ask for payment by phone. Hang up and call our non-emergency line at (530) 225-4200.",
  "BOLO: stolen white {year} Ford F-150 with a black toolbox, taken overnight from the {block} block of {street}. If you see it, do not approach; call 911.",
  "Suspect described as a Hispanic male, {age}s, about 5'10\", wearing a gray hoodie and dark jeans, last seen running east on {street} toward {street2}.",
  "Congratulations to Officer {first} {last}, who graduated from the Basic Police Academy on {day} and starts field training next week. Welcome to the team!",
  "Police activity in the {block} block of {street}. Please avoid the area while officers work. We will post an update when the road reopens.",
  "Join us for National Night Out on {day} from {hour} to 8 p.m. at Caldwell Park. Meet our K9 team, tour a patrol car and enjoy free hot dogs from our volunteers.",
  "The Drug Take Back event is this {day} from 10 a.m. to 2 p.m. at the police department lobby. Bring expired or unused prescription medication, no questions asked.",
  "Officers responded to a report of a fight at a bar on {street} at about {hour}:{minute} a.m. A {age}-year-old man was treated for minor injuries and released. The investigation is ongoing.",
  // Violations, a few per text: a private phone number, an insult, a staffing gap.
  "Anyone who found a wallet near {street} can call the owner directly at 530-555-0{case4}. She is offering a reward.",
  "To the clown in the white Tahoe who blew past a stopped school bus on {street} this morning: you are a complete idiot.",
  "Please be patient tonight: we only have {small} officers on patrol for the whole city until 2 a.m."
]

/** A small deterministic PRNG (mulberry32) so runs are comparable. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}

function fill(template: string, random: () => number): string {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]
  const between = (low: number, high: number) => String(low + Math.floor(random() * (high - low + 1)))
  const values: Record<string, () => string> = {
    street: () => pick(STREETS),
    street2: () => pick(STREETS),
    first: () => pick(FIRST_NAMES),
    last: () => pick(LAST_NAMES),
    day: () => pick(DAYS),
    age: () => between(19, 64),
    block: () => `${between(1, 39)}00`,
    small: () => between(2, 9),
    hour: () => between(1, 11),
    minute: () => between(10, 59),
    case: () => between(10_000, 99_999),
    case4: () => between(100, 999),
    salary: () => `${between(70, 89)},000`,
    year: () => between(2005, 2022)
  }
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key]())
}

/**
 * Agency text of exactly `length` characters: posts joined by blank lines, cut at the length.
 * Each seed gives different names and numbers, so sentences are not repeated across variants.
 */
export function agencyText(length: number, seed: number): string {
  const random = seededRandom(seed)
  const posts: string[] = []
  let size = 0
  let index = Math.floor(random() * TEMPLATES.length)
  while (size < length) {
    const post = fill(TEMPLATES[index % TEMPLATES.length], random)
    posts.push(post)
    size += post.length + 2
    index++
  }
  return posts.join("\n\n").slice(0, length)
}
