import { defineRule } from "../rule"
import { cite } from "../policy/clauses"
import { detectPhraseSignals, type PhraseSignal } from "../text/operations-signals"

const FIX =
  'Say only what the record allows before charging: "was interviewed", "was arrested on suspicion of", "charges are pending review by the District Attorney".'

// Passive "was admitted to the hospital" and court findings are no confession to the police.
const NOT_A_CONFESSION =
  /\b(?:Officer|Ofc\.|Sgt\.|Sergeant|Lt\.|Capt\.|Chief|Deputy|Det\.|Cadet|recruit)\s+\p{Lu}|\b(?:was|were|been|being|is|are) admitted\b|\badmitted (?:to|into) (?:the |a |an )?(?:hospital|icu|medical|mercy|shasta regional|evidence|the program|the academy)|\bfalse confession|\b(?:in court|at trial|jury|convicted|sentenced|pleaded|pled)\b/iu

// "He confessed his love for donuts" is no case; a confession belongs to an investigation.
const CASE_CONTEXT =
  /\b(?:suspects?|detectives?|investigat\w*|interview\w*|interrogat\w*|arrest\w*|charges?|charged|crimes?|case|shooting|murder|homicide|killing|robbery|burglary|theft|assault|fire|crash|stabbing)\b/i

const SIGNALS: PhraseSignal[] = [
  {
    pattern: /\b(?:confessed|confesses|confessing|(?:full |a |his |her |the )confession)\b/g,
    sentenceUnless: NOT_A_CONFESSION,
    draftRequires: CASE_CONTEXT,
    message: (found) =>
      `"${found}" discloses a confession. What a suspect told investigators is evidence for the prosecutor; publishing it before trial can compromise the case and the suspect's right to a fair trial.`,
    fix: FIX
  },
  {
    pattern: /\b(?:admitted|admits|admitting) (?:to|that|killing|stealing|taking|shooting|stabbing|setting|starting|hitting|breaking|selling|robbing|being)\b/g,
    sentenceUnless: NOT_A_CONFESSION,
    draftRequires: CASE_CONTEXT,
    message: (found) =>
      `"${found}" discloses what a suspect admitted to investigators. Admissions are evidence for the prosecutor, not for a post.`,
    fix: FIX
  },
  {
    // "The suspect told officers he had smoked meth before the crash"
    pattern: /\b(?:told|admitted to|confided to) (?:detectives|investigators|officers|police|deputies|us) (?:that )?(?:he|she|they) (?:was|were|had|did|killed|shot|stabbed|took|stole|sold|set|started|hit|used|smoked|drank|wanted)\b/g,
    sentenceRequires: /\b(?:suspect|offender|shooter|gunman|robber|burglar|accused|arrestee)\b/i,
    draftRequires: CASE_CONTEXT,
    message: (found) =>
      `"${found}" reveals what a suspect told investigators. A suspect's statements are evidence in an open case.`,
    fix: FIX
  },
  {
    // "told detectives where he tossed the gun", "led investigators to the body"
    pattern: /\b(?:told|showed|gave) (?:detectives|investigators|officers|police|deputies|us) (?:where|how|why|that (?:he|she|they)|the location|(?:he|she|they) (?:threw|tossed|hid|dumped|buried|ditched|stashed|sold|pawned|burned|shot|stabbed|killed|took|stole))\b|\bled (?:detectives|investigators|officers|police|deputies|us) to (?:the|where)\b/g,
    sentenceUnless: /\b(?:witness|caller|neighbor|neighbour|victim|resident|citizen|tipster|clerk|community)\b/i,
    message: (found) =>
      `"${found}" reveals what a suspect told investigators. A suspect's statements are evidence in an open case.`,
    fix: FIX
  }
]

export default defineRule({
  id: "investigation-confession",
  title: "Confession or admission disclosed",
  category: "investigation",
  defaultSeverity: "block",
  citation: cite("rpd321_5c"),
  rationale:
    "A confession or admission is evidence the prosecution relies on. Announcing it before charging or trial can taint the jury pool, invite a suppression fight and compromise the investigation.",
  cases: {
    fire: [
      {
        text: "Update on the Lake Blvd shooting: the suspect confessed during his interview this afternoon. Charges pending.",
        excerpt: "confessed"
      },
      {
        text: "The suspect told detectives where he tossed the gun.",
        excerpt: "told detectives where"
      },
      {
        text: "During questioning, the driver admitted to drinking six beers before the crash.",
        excerpt: "admitted to"
      }
    ],
    pass: [
      {
        text: "The victim was admitted to Mercy Medical Center with non-life-threatening injuries.",
        note: "Admitted to a hospital is no admission."
      },
      {
        text: "A witness told officers where the suspect ran, and officers found him hiding in a shed.",
        note: "A witness helping officers."
      },
      {
        text: "Ronald Teague, 38, was arrested on suspicion of murder and booked into the Shasta County Jail. The investigation is ongoing.",
        note: "An arrest release with the charge."
      },
      {
        text: "Teague pleaded guilty in court on Monday and confessed to the killing at his sentencing hearing.",
        note: "A court record is public."
      }
    ]
  },
  detect(context) {
    return detectPhraseSignals(context, SIGNALS)
  }
})
