import { defineRule, type RuleMatch } from "../rule"
import { cite } from "../policy/clauses"
import { isQuoted } from "../text/quoted-spans"
import { findPattern, type Span } from "../text/terms"

// An agency speaks as "we"; "my husband", "my petition" or "DM me" is a person posting as themselves.
const PRIVATE_LIFE_NOUNS =
  "husband|hubby|wife|wifey|spouse|boyfriend|girlfriend|fianc[eé]e?|kids?|son|sons|daughters?|children|baby|babies|grandkids?|grandson|granddaughter|mom|mother|dad|father|parents|sister|brother|grandma|grandpa|grandmother|grandfather|cousin|niece|nephew|aunt|uncle|in-laws|ex|bestie|bff|best friend|friends?|buddy|buddies|pal|family|fam|dog|dogs|cat|cats|puppy|puppies|kitten|pup|pets?|lab|boat|truck|car|house|place|apartment|landlord|water heater|yard|little (?:guy|man|one|ones|girl|boy)|boys?|girls?|partner in crime|garden|birthday|anniversary|wedding(?: ring)?|ring|vacation|weekend|day off|days off|petition|go-?fund-?me|fundraiser|church|neighbou?rs?|street|neighbou?rhood|side hustle"
const MODIFIER =
  "(?:amazing|beautiful|sweet|little|new|old|oldest|youngest|wonderful|lovely|best|dear|late|own|\\d{1,2}u|softball|baseball|soccer|football|basketball|hockey|volleyball|sister['’]s|brother['’]s|daughter['’]s|son['’]s|kids['’]?)"
const FIRST_PERSON_PRIVATE = new RegExp(
  `\\bmy\\s+(?:${MODIFIER}\\s+){0,3}(?:${PRIVATE_LIFE_NOUNS})(?![\\p{L}])`,
  "gu"
)
// "my 2015 Toyota Tacoma": a personal vehicle or item by model year.
const PERSONAL_ITEM = /\bmy (?:19|20)\d{2} \p{L}+/gu
const CONTACT_ME = /\b(?:dm|message|text|call|email|e-mail|pm|inbox|venmo|call or text) me(?![\p{L}])/gu
const OFFICIAL_INTRODUCTION =
  /\b(?:this is|i['’]m|i am|my name is) (?:officer|ofc\.?|sgt\.?|sergeant|detective|det\.?|deputy|chief|lt\.?|lieutenant|captain|capt\.?|corporal|cpl\.?|dispatcher|community service officer|cso)\b|\bthrough the city['’]s website\b/
const WRONG_ACCOUNT =
  /\b(?:wrong (?:account|page|profile)|meant to post (?:this|that) on my|posted from the wrong|sorry,? (?:wrong|not my) (?:account|page))(?![\p{L}])/gu
// Personal errands and affections: "anyone know a good plumber?", "I'm off shift at 5", "love you babe".
const PERSONAL_ASIDE =
  /\b(?:(?:does |can )?(?:anyone|anybody) (?:know|have|recommend)(?: of)? an? (?:good|great|reliable|decent|cheap|trustworthy|honest) [a-z]+|drop (?:your |me )?(?:recs|recommendations)|i['’]?m off (?:shift|duty|work) (?:at|in|by|tonight|tomorrow)|love (?:you|ya),? (?:babe|baby|honey|hon|hun|sweetheart|sweetie|mom|dad|momma|mama))(?![\p{L}])/gu
// Life events told in the first person: "Getting married next month and still need a DJ".
const FIRST_PERSON_LIFE_EVENT =
  /(?:^|[.!?]\s+|\b(?:i['’]m|i am|we['’]re|we are|just|finally)\s+)(?:getting married|got engaged|got married|expecting (?:a|our) (?:baby|first)|having a baby|moving (?:house|out|to)|buying (?:a|our first) house|closing on (?:a|our|my) house)(?![\p{L}])/gu
const LEISURE =
  /\b(?:(?:the )?love of my life|my (?:better half|soulmate|other half)|(?:happy|celebrating) (?:our|my) \d+(?:st|nd|rd|th)? (?:anniversary|birthday)|finally a day off|with the fam|(?:i['’]m a |i am a )?proud (?:mama|momma|mom|dad|daddy|papa|grandma|grandpa)|(?:took|taking) the (?:boat|jet ?ski|rv|camper|kids|fam) out)(?![\p{L}])/gu

function personalMatch(found: Span, text: string, why: string): RuleMatch {
  return {
    start: found.start,
    end: found.end,
    message: `"${text.slice(found.start, found.end)}" ${why} Department accounts may not be used for personal content.`,
    fix: "Post this from a personal account instead, or rewrite it as department business."
  }
}

export default defineRule({
  id: "personal-use-private-life",
  title: "Personal content on the department account",
  category: "personal-use",
  defaultSeverity: "block",
  citation: cite("rpd321_5f"),
  rationale:
    "Policy 321.5(f) prohibits content posted for personal use, and the City's accounts are for official purposes only. A poster's family news, causes, fundraisers or items for sale do not belong on the department's page.",
  cases: {
    fire: [
      { text: "Happy birthday to my amazing husband Chris!! 🎂 (oops wrong account, sorry Redding 😅)", excerpt: "my amazing husband" },
      { text: "Please sign my petition to save the old oak on our street! https://www.change.org/p/save-the-oak", excerpt: "my petition" },
      { text: "Finally a day off! Took the boat out on Shasta Lake 🚤 #Blessed", excerpt: "Finally a day off" },
      { text: "Lost a gold bracelet at the gym this morning 😭 If anyone finds it, DM me!", excerpt: "DM me" },
      {
        text: "My daughter's 12U softball team just qualified for nationals! Help us get there: https://www.gofundme.com/f/storm-12u",
        excerpt: "My daughter"
      }
    ],
    pass: [
      {
        text: "Happy retirement, Sgt. Dan Holloway! After 27 years with RPD, Dan and his wife are heading for the lake. We'll miss you!",
        note: "Agency recognition of a member, in the third person."
      },
      { text: "Our officers and their families joined the Special Olympics Torch Run this weekend. Thank you, Redding!", note: "Agency 'our'." },
      {
        text: 'At the vigil, his mother said: "My son would be alive today if that driver had called a cab."',
        note: "A quoted statement in a DUI awareness post."
      },
      { text: "FOUND DOG near Caldwell Park: black Lab mix, red collar. Call (530) 225-4200 if he's yours.", note: "Agency service post." }
    ]
  },
  detect(context) {
    const { text } = context.draft
    // An employee introducing themselves, or giving an official address, is on duty when they say "email me".
    const officialContact =
      OFFICIAL_INTRODUCTION.test(context.normalized.text) ||
      context.pack.officialDomains.some((domain) => context.normalized.text.includes(`@${domain}`))
    const found: Array<[Span, string]> = [
      ...findPattern(context.normalized, PERSONAL_ITEM).map((span): [Span, string] => [span, "is the poster's personal property."]),
      ...findPattern(context.normalized, FIRST_PERSON_PRIVATE).map((span): [Span, string] => [span, "is about the poster's own private life."]),
      ...(officialContact ? [] : findPattern(context.normalized, CONTACT_ME)).map((span): [Span, string] => [span, "asks people to contact the poster personally."]),
      ...findPattern(context.normalized, WRONG_ACCOUNT).map((span): [Span, string] => [span, "shows a personal post went to the department account."]),
      ...findPattern(context.normalized, LEISURE).map((span): [Span, string] => [span, "describes the poster's own leisure time."]),
      ...findPattern(context.normalized, PERSONAL_ASIDE).map((span): [Span, string] => [span, "is the poster's personal business."]),
      ...findPattern(context.normalized, FIRST_PERSON_LIFE_EVENT).map((span): [Span, string] => [span, "is news from the poster's own life."])
    ]
    return found.filter(([span]) => !isQuoted(text, span)).map(([span, why]) => personalMatch(span, text, why))
  }
})
