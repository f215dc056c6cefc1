import { defineRule } from "../rule"
import { cite } from "../policy/clauses"
import { APOSTROPHE, detectPhraseSignals, type PhraseSignal } from "../text/operations-signals"

const FIX =
  "Post after the arrest or the warrant service, not before. Until then, ask only for information."

const WHEN = String.raw`(?:tonight|today|tomorrow|soon|shortly|this (?:morning|afternoon|evening|week|weekend)|in the (?:next|coming) (?:few )?(?:hours|days)|any (?:minute|time|day) now|very soon)`
const TARGET = String.raw`(?:suspects?|shooter|gunman|getaway driver|driver|robbers?|burglars?|thief|thieves|killer|arsonist|person responsible|people responsible|guy|man|woman|culprits?|tagger|vandals?)`
// Once the post reports the arrest or a warrant, naming the identification warns no one.
const ARRESTED_OR_WANTED =
  /\b(?:arrested|booked|in custody|cited)\b|\bwarrant (?:has been |was )?(?:issued|for (?:his|her|their) arrest)|\bactive (?:felony |misdemeanor )?warrant\b|\bwanted (?:for|on)\b/i

const SIGNALS: PhraseSignal[] = [
  {
    // "Expect an arrest tonight", "an arrest is imminent", "arrests are coming"
    pattern: new RegExp(
      String.raw`\b(?:expect (?:an |some |more )?arrests?(?: to be made)? ${WHEN}|arrests? (?:is |are |could be |will be )?(?:imminent|coming|on the way|expected ${WHEN}|${WHEN})|(?:we|detectives|officers)(?:${APOSTROPHE}re| are| will be)? (?:closing in|about to (?:arrest|make an arrest|serve|raid)))`,
      "g"
    ),
    message: (found) =>
      `"${found}" announces a planned arrest. A suspect who reads it can flee, hide evidence or warn others.`,
    fix: FIX
  },
  {
    // "We've ID'd the getaway driver", "we know who you are"
    pattern: new RegExp(
      String.raw`\b(?:we${APOSTROPHE}ve|we have|detectives have|investigators have|police have|officers have) (?:id${APOSTROPHE}?d|identified|figured out|tracked down|located|found) (?:the|a|who the|both|all(?: three| two| four)?(?: of the)?) ${TARGET}|\bwe know (?:who you are|who did (?:it|this)|where you (?:live|are|work))\b`,
      "g"
    ),
    draftUnless: ARRESTED_OR_WANTED,
    sentenceUnless: /\b(?:died|dead|killed|deceased|body|victim|injured|hurt|missing|found safe)\b/i,
    message: (found) =>
      `"${found}" tells a suspect who has not been arrested that investigators know who they are. It invites flight and the destruction of evidence.`,
    fix: FIX
  },
  {
    // "We plan to serve a warrant later today", "we'll arrest him tonight"
    pattern: new RegExp(
      String.raw`\b(?:will|going to|gonna|plan(?:s|ning)? to|expect to|about to)\s+(?:serve|execute|make|arrest|pick up|raid|hit)\s+(?:him|her|them|the suspects?|a suspect|an? (?:search |arrest )?warrant|the (?:search |arrest )?warrant|(?:his|her|their) (?:house|home|place|apartment)|an arrest)\b[^.!?\n]{0,60}?\b${WHEN}`,
      "g"
    ),
    message: (found) =>
      `"${found}" announces when officers will act. A suspect who reads it can flee, hide evidence or prepare.`,
    fix: FIX
  },
  {
    // "Detectives are headed to his house right now"
    pattern: /\b(?:headed|heading|on (?:our|their) way|en route|going) (?:to|over to) (?:his|her|their|the suspect['’]s) (?:house|home|residence|place|apartment|work|job|hideout)\b/g,
    message: (found) =>
      `"${found}" tells a suspect that officers are coming. It invites flight, destroyed evidence or an ambush.`,
    fix: FIX
  },
  {
    // "We'll be serving a search warrant on Pine St tomorrow morning"
    pattern: new RegExp(
      String.raw`\b(?:(?:search|arrest) warrants?|warrant sweep|raid|sting(?: operation)?|undercover operation)\b[^.!?\n]{0,40}?\b(?:will be|is going to be|are going to be|planned|scheduled|goes down|going down|happening)\b[^.!?\n]{0,60}?\b${WHEN}`,
      "g"
    ),
    message: (found) =>
      `"${found}" announces a planned enforcement operation. Its targets can prepare, flee or endanger the officers involved.`,
    fix: FIX
  }
]

export default defineRule({
  id: "investigation-tip-off",
  title: "Tipping off a suspect",
  category: "investigation",
  defaultSeverity: "block",
  citation: cite("rpd321_5c"),
  rationale:
    "Announcing that a suspect has been identified, or that an arrest or warrant service is coming, warns the suspect before officers act and can compromise an ongoing investigation.",
  cases: {
    fire: [
      {
        text: "We've ID'd the getaway driver in Friday's Cypress Ave bank robbery. Expect an arrest tonight. 🚔",
        excerpt: "We've ID'd the getaway driver"
      },
      { text: "Expect an arrest tonight.", excerpt: "Expect an arrest tonight" },
      {
        text: "Heads up: a search warrant will be served on a home in east Redding tomorrow morning.",
        excerpt: "search warrant will be served on a home in east Redding tomorrow"
      }
    ],
    pass: [
      {
        text: "Detectives have identified the suspect as Dustin Carrow, 34, who was arrested Friday and booked into the Shasta County Jail.",
        note: "The identification is reported after the arrest."
      },
      {
        text: "The investigation is ongoing. Anyone with information is asked to call (530) 225-4200.",
        note: "A standard request for information."
      },
      {
        text: "The DUI checkpoint will be held Saturday night at an undisclosed location within city limits.",
        note: "Announced checkpoints at undisclosed locations are standard practice."
      }
    ]
  },
  detect(context) {
    return detectPhraseSignals(context, SIGNALS)
  }
})
