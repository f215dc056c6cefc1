import { defineRule } from "../rule"
import { cite } from "../policy/clauses"
import { APOSTROPHE, EXACT_COUNT, detectPhraseSignals, type PhraseSignal } from "../text/operations-signals"

// Detectives hold back what only the offender could know (wound counts, items left at the scene,
// what was said, how a suspect was traced) to test confessions and tips; a post that prints them
// spends that test.
const HOLD_BACK_FIX =
  "Keep to what has been cleared for release: the crime, the block, the time and a general description. Leave evidence details to the investigators."

// Plain "shell casings in the roadway" is routine in shots-fired notices; a calibre is not.
const FORENSIC_ITEM = String.raw`(?:(?:\d{1,2}mm|\.\d{2,3}|\d{2}-caliber) (?:shell |bullet )?casings?|burner (?:phone|cell)|murder weapon|weapon used|dna|fingerprints?|(?:his|her|their|palm|partial) prints|blood(?:-stained| stained)? \w+|cigarette butts?|shoe ?prints?|footprints?|tire tracks?|zip ties?|duct tape|bandana|ski mask|hair (?:samples?|strands?)|strands? of hair|saliva|semen|bodily fluids?|fibers)`
const SUSPECT = String.raw`(?:the |a )?(?:suspect|offender|killer|attacker|assailant|shooter|gunman|robber|burglar|intruder|arsonist)`

// Items shown so the public can recognise them are released on purpose; after an arrest, what a
// suspect dropped or carried is part of the routine arrest narrative.
const RELEASED_ON_PURPOSE =
  /\b(?:recogni[sz]e (?:this|these|it|the)|look(?:s)? familiar|seen (?:this|these|it) (?:before|item)|know who owns|belongs? to)\b|\b(?:arrested|booked into|in custody)\b/i

const SIGNALS: PhraseSignal[] = [
  {
    // "...; detectives have not released this yet": the draft itself says the detail is held back.
    pattern: /(?<=[;,—–]\s*(?:but\s+|and\s+)?)(?:detectives|investigators|we|police|the department) (?:have|has)(?: not|n['’]t) (?:yet )?(?:released|made public|shared|disclosed) (?:this|that|these|it)\b/gi,
    message: (found) =>
      `"${found}": the draft itself says this detail has not been released. Publishing it compromises the investigation.`,
    fix: HOLD_BACK_FIX
  },
  {
    // "stabbed fourteen times", "shot 6 times in the back"
    pattern: new RegExp(
      String.raw`\b(?:stabbed|shot|struck|slashed|beaten|hit|cut)(?:\s+[a-z’']+){0,2}?\s+${EXACT_COUNT}\s+times\b`,
      "g"
    ),
    message: (found) =>
      `"${found}" describes the injuries in detail. The wound count is the kind of fact detectives hold back to test confessions and tips.`,
    fix: HOLD_BACK_FIX
  },
  {
    pattern: new RegExp(String.raw`\b${EXACT_COUNT}\s+(?:stab|gunshot|bullet|knife) wounds?\b`, "g"),
    message: (found) =>
      `"${found}" describes the injuries in detail. The wound count is the kind of fact detectives hold back to test confessions and tips.`,
    fix: HOLD_BACK_FIX
  },
  {
    // "the suspect left a blood-stained Raiders cap", "the robber dropped his phone"
    pattern: new RegExp(
      String.raw`\b${SUSPECT}\s+(?:left(?: behind)?|dropped|discarded|abandoned|ditched|tossed|hid)\s+(?:a|an|his|her|their|two|several)\s+[a-z’'-]+(?:\s+(?!and\b|or\b|in\b|on\b|at\b|under\b|behind\b|near\b|inside\b)[a-z’'-]+){0,3}`,
      "g"
    ),
    sentenceUnless: /\bleft (?:a|an|his|her|their) (?:store|business|area|scene|residence|building|home|house|note demanding)\b/i,
    draftUnless: RELEASED_ON_PURPOSE,
    message: (found) =>
      `"${found}" tells the public what the offender left behind. Items left at a scene are evidence only the offender and investigators should know about.`,
    fix: HOLD_BACK_FIX
  },
  {
    // "bound the victim's wrists with a blue zip tie"
    pattern: new RegExp(
      String.raw`\b(?:bound|tied|gagged|restrained|blindfolded|choked|strangled)\s+(?:the victim${APOSTROPHE}?s?|her|his|him|them)\b[^.!?\n]{0,40}?\bwith (?:a|an|his|her|the)\s+[a-z’'-]+(?:\s+(?!and\b|or\b|then\b|before\b)[a-z’'-]+){0,3}`,
      "g"
    ),
    message: (found) =>
      `"${found}" describes how the offender carried out the crime. Method details like these are held back so only the offender can confirm them.`,
    fix: HOLD_BACK_FIX
  },
  {
    // "told her he "knew her from the gym"", "said to the victim, 'you know what you did'"
    pattern: new RegExp(
      String.raw`\b(?:told|said to|whispered to|asked|texted)\s+(?:her|him|the victim|them)\b[^.!?\n]{0,20}?(?:["“‘][^"“”‘’\n]{1,120}["”’]|\bthat (?:he|she|they)\b|\b(?:he|she) (?:knew|had seen|had been|was watching|would|will))`,
      "g"
    ),
    sentenceRequires: new RegExp(String.raw`${SUSPECT}|\b(?:he|she|the man|the woman)\b`, "i"),
    // Officers' own words are not the offender's; a robbery demand is routinely released.
    sentenceUnless:
      /\b(?:officers?|detectives?|deputies|police|we)\b|\b(?:had|has|have) (?:a )?(?:gun|weapon|knife|bomb|firearm)|\bdemand|\bgive (?:me|him|her)|\bmoney\b|\bcash\b/i,
    message: (found) =>
      `"${found}" repeats what the offender said to the victim. Words only the victim and offender heard are held back to test suspects and tips.`,
    fix: HOLD_BACK_FIX
  },
  {
    // "recovered the 9mm casing ... AND the burner phone", "collected DNA from the door"
    pattern: new RegExp(
      String.raw`\b(?:recovered|collected|found|seized|lifted|located|swabbed)\s+(?:the |a |an |two |several |some |his |her )?(?:[a-z’'-]+\s+){0,2}?${FORENSIC_ITEM}`,
      "g"
    ),
    draftUnless: RELEASED_ON_PURPOSE,
    message: (found) =>
      `"${found}" discloses forensic evidence in an open case. Knowing what investigators have lets the offender destroy the rest or shape a story around it.`,
    fix: HOLD_BACK_FIX
  },
  {
    // "The suspect's DNA was found on the victim's jacket"
    pattern: new RegExp(String.raw`\b${FORENSIC_ITEM}\s+(?:was|were|has been|have been)\s+(?:found|recovered|collected|lifted|located|swabbed|left)\b`, "g"),
    draftUnless: RELEASED_ON_PURPOSE,
    message: (found) =>
      `"${found}" discloses forensic evidence in an open case. Knowing what investigators have lets the offender destroy the rest or shape a story around it.`,
    fix: HOLD_BACK_FIX
  },
  {
    // "Both items have been sent to the DOJ crime lab", "Phone's off to the lab for a full data dump"
    pattern: /\b(?:sent|submitted|taken|off|going|headed|rushed|shipped)\s+to\s+(?:the\s+)?(?:doj\s+|state\s+|fbi\s+|county\s+)?(?:crime\s+|forensic\s+|ballistics\s+)?lab\b|\b(?:full\s+)?data dump\b|\bballistics (?:test|match|results)\b|\bdna (?:test|results|match|comparison)\b/g,
    sentenceUnless: /\b(?:arrested|booked|convicted|sentenced|charged)\b/i,
    message: (found) =>
      `"${found}" reveals what forensic work is under way. An offender who learns what is being tested can act before the results come back.`,
    fix: HOLD_BACK_FIX
  },
  {
    // "a handwritten note at the scene that read ...", "shot execution-style"
    pattern: /\b(?:(?:handwritten |typed |ransom )?(?:note|letter|message)s? (?:was |were )?(?:left |found |written )?(?:at|on|near|beside|next to) the (?:scene|body|victim)|(?:note|letter|message) (?:that |which )?(?:read|said)|execution[- ]style|in the back of the head)\b/g,
    draftUnless: RELEASED_ON_PURPOSE,
    message: (found) =>
      `"${found}" describes the crime scene in detail. Scene details are held back so only the offender can confirm them.`,
    fix: HOLD_BACK_FIX
  },
  {
    // "the shooter used a 12-gauge shotgun", "a .40-caliber Glock"
    pattern: /\b(?:\d{1,2}mm|\.\d{2,3}(?:[- ]cal(?:iber)?)?|\d{2}-caliber|\d{2}-gauge|ar-15|ak-47|glock|ruger|smith (?:&|and) wesson|sig sauer|remington|mossberg|taurus|hi-point)\s+(?:[a-z-]+\s+)?(?:handgun|pistol|rifle|shotgun|revolver|semi-automatic|semiautomatic|rounds?|ammunition|ammo|glock|carbine)\b|\b(?:from|with) an? (?:\.\d{2,3}|\d{1,2}mm|\d{2}-gauge)(?![\w-])/g,
    draftUnless: RELEASED_ON_PURPOSE,
    message: (found) =>
      `"${found}" names the exact weapon. Make and calibre are details investigators keep back until an arrest.`,
    fix: HOLD_BACK_FIX
  },
  {
    // "ID'd the getaway driver from a Shasta College parking permit on his dash", "pinged his phone"
    pattern: new RegExp(
      String.raw`\b(?:id${APOSTROPHE}?d|identified|tracked down|traced|linked|tied)\b[^.!?\n]{0,50}?\b(?:from|through|thanks to|using|via|by) (?:a|an|his|her|their|the)\s+(?:[a-z0-9-]+\s+){0,4}?(?:permit|tattoo|receipt|fingerprints?|dna|phone|cell ?phone|plate reader|license plate|sticker|decal|records?|tower|gps|account|posts?|footage|video|camera|bank card|debit card|credit card|transaction|ping)\b|\b(?:pinged|tracking|tracked|traced) (?:his|her|their|the suspect${APOSTROPHE}s) (?:phone|cell|car|gps|location|account)\b`,
      "g"
    ),
    draftUnless: /\b(?:arrested|booked|in custody|wanted (?:for|on)|warrant (?:has been |was )?(?:issued|for (?:his|her|their) arrest)|recogni[sz]e)\b/i,
    sentenceUnless: /\b(?:victim|died|dead|deceased|decedent|body|remains|coroner|missing)\b/i,
    message: (found) =>
      `"${found}" tells the suspect how investigators found them. Methods of identification are held back until the arrest.`,
    fix: HOLD_BACK_FIX
  },
  {
    // "details only the offender would know" (but "we are withholding details only the offender would know" is right)
    pattern: new RegExp(String.raw`\b(?:details?|facts?|things?|information) only (?:the |a )?(?:suspect|offender|killer|attacker|perpetrator|person responsible|shooter) (?:would|could|can|will) know\b`, "g"),
    sentenceUnless: /\b(?:withh[oe]ld|not (?:be )?releas|not (?:be )?shar|not (?:be )?disclos|keep(?:ing)? (?:back|private|confidential)|won['’]t (?:release|share|disclose))/i,
    message: (found) =>
      `The draft says it contains "${found}". Hold-back details are exactly what must stay out of public posts.`,
    fix: HOLD_BACK_FIX
  }
]

export default defineRule({
  id: "investigation-evidence-detail",
  title: "Unreleased evidence details",
  category: "investigation",
  defaultSeverity: "block",
  citation: cite("rpd321_5c"),
  rationale:
    "Investigators keep back details only the offender would know (wound counts, items left at the scene, what was said, forensic evidence and lab work) so that confessions and tips can be tested. Publishing them can compromise an ongoing investigation.",
  cases: {
    fire: [
      {
        text: "Detectives continue to investigate the death of a man found in the 800 block of Akard Ave. The victim had been stabbed fourteen times.",
        excerpt: "stabbed fourteen times"
      },
      {
        text: "The suspect left a blood-stained Raiders cap and a kitchen knife under the back porch.",
        excerpt: "The suspect left a blood-stained Raiders cap"
      },
      {
        text: "The suspect bound the victim's wrists with a blue zip tie and fled on foot.",
        excerpt: "bound the victim's wrists with a blue zip tie"
      },
      {
        text: "Great work by detectives: they recovered the 9mm casing from the Hartnell Ave shooting.",
        excerpt: "recovered the 9mm casing"
      },
      { text: "Both items have been sent to the DOJ crime lab.", excerpt: "sent to the DOJ crime lab" },
      {
        text: "He grabbed her on the trail and told her he \"knew her from the gym.\"",
        excerpt: 'told her he "knew her from the gym."'
      }
    ],
    pass: [
      {
        text: "Detectives are investigating a homicide in the 800 block of Akard Ave. Anyone with information is asked to call (530) 225-4200.",
        note: "The crime, the block and a request for information."
      },
      {
        text: "The suspect left the store on foot and was last seen heading north on Hilltop Drive.",
        note: "Where the suspect went is a standard part of a request for information."
      },
      {
        text: "The suspect showed a handgun, told the clerk he had a gun and demanded money from the register.",
        note: "A robbery demand as routinely released."
      },
      {
        text: "Officers arrested Dustin Carrow, 34, and recovered tools and property matching items reported stolen.",
        note: "Recovered property in an arrest release."
      },
      {
        text: "We are not releasing details only the offender would know.",
        note: "Saying details are withheld is the right practice."
      }
    ]
  },
  detect(context) {
    return detectPhraseSignals(context, SIGNALS)
  }
})
