import { defineRule, type RuleContext, type RuleMatch } from "../rule"
import { cite } from "../policy/clauses"
import { isQuoted } from "../text/quoted-spans"
import { sentenceAt, sentenceIndexAt } from "../text/sentence-lookup"
import { findPattern, type Span } from "../text/terms"

// Vouching for a business or product: "proudly fueled by", "our officers love it there".
const ENDORSEMENT = new RegExp(
  `\\b(?:${[
    "proudly (?:fueled|powered|equipped|caffeinated|fed|brought to you) by",
    "(?:is|are) (?:the )?official (?:[a-z]+ ){0,2}(?:sponsor|partner|provider|supplier|coffee|pizza|donut|doughnut|gym|dealer)s? of",
    "(?:we|our (?:[a-z]+ ){0,2}?(?:officers|team|guys|crew|staff|folks|k9s?|dispatchers|deputies|detectives|cops|mechanics|fleet|family)) (?:all |absolutely |totally |really )?swear by",
    "our (?:officers|team|k9s?|dispatchers|deputies) (?:only use|all use|only buy|only eat)|our (?:officers|team|k9s?|dispatchers|deputies) (?:love|trust) (?:it there|this place|that place|their (?:food|coffee|products?|service|gear|deals)|the (?:food|coffee|service|products?))",
    "(?:the only|our favorite|our go-to) (?:shop|store|place|company|business|garage|mechanic|dealer|restaurant|brand) (?:we|in town|around)",
    "hands down the best",
    "(?:their|the|its) (?:new )?(?:[a-z'’-]+ ){0,2}?(?:latte|coffee|cold brew|burgers?|tacos?|burritos?|pizza|food|menu|chicken|donuts?|pastries|sandwich(?:es)?|fries|wings|bbq|steaks?|pancakes) (?:is|are) (?:incredible|amazing|delicious|to die for|so good|fire|the best|unreal|legit)",
    "(?:our|the department['’]s|rpd['’]s) (?:[a-z'’]+ ){0,2}?favou?rite (?:[a-z]+ )?(?:spot|place|restaurant|shop|store|coffee shop|breakfast spot|lunch spot|pizza place|taco truck|food truck|burger joint|brewery|bakery|diner|mechanic|garage|gym|dealer|dealership)",
    "(?:our |the )?new official (?:[a-z]+ ){0,2}?(?:sponsor|partner|provider|supplier|dealer)",
    "you won['’]t find (?:a )?better"
  ].join("|")})`,
  "gu"
)
// Softer phrases that endorse only when a business or product follows or is in the sentence.
const SOFT_ENDORSEMENT = new RegExp(
  `\\b(?:${[
    "(?:we|i) (?:highly |strongly |totally )?recommend(?: the| a| an| their| them| checking out)?",
    "(?:stop by|check out|head over to|swing by|go see) their",
    "five stars|5 stars|10/10",
    "go (?:check them out|get you some|grab one)",
    "go see",
    "(?:he|she|they)['’]ll take (?:good )?care of you",
    "if you['’]re in the market",
    "go support (?:them|him|her|their|this|these)",
    "show (?:them|him|her) some love"
  ].join("|")})(?![\\p{L}\\p{N}_])`,
  "gu"
)

// "best in the business", "fastest trucks in Shasta County": superlative praise of a seller.
const SUPERLATIVE =
  /\b(?:best|fastest|cheapest|friendliest|finest|greatest|top-rated)(?: [a-z'’-]+){0,3} (?:in the business|on the market|in town|in redding|in shasta county|in the north state|in norcal|around|money can buy)(?![\p{L}])/gu
// Praise of our own people is pride, not commerce.
const AGENCY_SUBJECT = /\b(?:our|officers?|team|department|dispatchers?|k9s?|deputies|volunteers|explorers|community|city|detectives?|staff|employees|cops)\b/i
// A commercial cue somewhere in the draft: a business, customers, prices, buying or selling.
const COMMERCIAL_CUE =
  /\b(?:realty|realtor|sales|towing|fitness|gym|coffee|roasters|electronics|supply|llc|inc|store|shop|restaurant|grill|brewing|brewery|auto|motors|insurance|salon|dental|buying|selling|customers|prices?|deals?|products?|brand|services|menu|food|chicken|burgers?|pizza|tacos?|burritos?|drinks?|beer|wine|donuts?|doughnuts|sandwich(?:es)?|fries|bbq|cold brew|latte|truck|express|diner|bakery|boutique)\b|\$\d/i
// A business named in the sentence before: "Stopped by the new Panda Express. 10/10, go support them!"
const BUSINESS_BEFORE =
  /\b(?:realty|towing|fitness|gym|coffee|roasters|electronics|supply|llc|inc|store|shop|restaurant|grill|brewing|brewery|auto|motors|insurance|salon|dental|express|diner|bakery|boutique|cafe|taqueria|pizzeria|food truck)\b/i

// "We recommend the RoadEye Pro 4K": a product or business name right after "recommend".
const RECOMMENDS_NAME = /^\s*\p{Lu}/u
const RECOMMENDS_PUBLIC_SERVICE =
  /^\s*(?:the\s+)?(?:\p{Lu}\w*\s+)*(?:County|City|Department|Public Health|Police|Sheriff|CHP|DMV|Services|Agency|Office|App|Program|Hotline|Lifeline)\b/u

function endorsementMatch(found: Span, text: string): RuleMatch {
  return {
    start: found.start,
    end: found.end,
    message: `"${text.slice(found.start, found.end).trim()}" endorses a private business or product. The department may not promote commercial services or products.`,
    fix: "Thank the business for its help if you must, without praising or recommending its products, services or prices."
  }
}

function isCommercialEndorsement(context: RuleContext, found: Span): boolean {
  const { text } = context.draft
  const index = sentenceIndexAt(context.sentences, found.start)
  if (index < 0) return false
  if (COMMERCIAL_CUE.test(context.sentences[index].text)) return true
  if (!/recommend/i.test(text.slice(found.start, found.end))) {
    // The business may be named in the sentence before: "Stopped by the new Panda Express. 10/10 …"
    return index > 0 && BUSINESS_BEFORE.test(context.sentences[index - 1].text)
  }
  const after = text.slice(found.end, found.end + 60)
  return RECOMMENDS_NAME.test(after) && !RECOMMENDS_PUBLIC_SERVICE.test(after)
}

export default defineRule({
  id: "commerce-endorsement",
  title: "Endorsing a business or product",
  category: "commerce",
  defaultSeverity: "block",
  citation: cite("cityCommerce"),
  rationale:
    "Solicitations of commerce are prohibited on City social media, and the City removes content that promotes commercial services or products. A police endorsement is valuable advertising the department may not give any one business.",
  cases: {
    fire: [
      { text: "Our K9 team is proudly fueled by Valley Pet Supply! Stop by their Cypress Ave store this weekend.", excerpt: "proudly fueled by" },
      {
        text: "Looking for a dash cam? We recommend the RoadEye Pro 4K, hands down the best on the market.",
        excerpt: "We recommend the"
      },
      {
        text: "If you're buying or selling in Redding, Dana at Summit Peak Realty is the best in the business.",
        excerpt: "best in the business"
      },
      { text: "Welcome to the neighborhood, Iron Summit Fitness! Our officers love it there.", excerpt: "Our officers love it there" }
    ],
    pass: [
      {
        text: "Thank you to Cascade Sporting Goods for opening early so 40 kids could Shop with a Cop!",
        note: "Thanking a business for hosting, without promoting it."
      },
      { text: "Our dispatchers are the best in the north state. Happy Dispatcher Appreciation Week!", note: "Pride in the agency's own people." },
      { text: "We recommend the free Shasta County Public Health overdose training.", note: "Recommending a public service." },
      { text: "We recommend locking your car and taking valuables inside.", note: "A safety tip." }
    ]
  },
  detect(context) {
    const { text } = context.draft
    const matches: RuleMatch[] = []
    for (const found of findPattern(context.normalized, ENDORSEMENT)) {
      if (!isQuoted(text, found)) matches.push(endorsementMatch(found, text))
    }
    for (const found of findPattern(context.normalized, SOFT_ENDORSEMENT)) {
      if (isQuoted(text, found) || !isCommercialEndorsement(context, found)) continue
      matches.push(endorsementMatch(found, text))
    }
    const superlatives = findPattern(context.normalized, SUPERLATIVE)
    const draftIsCommercial = superlatives.length > 0 && COMMERCIAL_CUE.test(text)
    for (const found of superlatives) {
      if (isQuoted(text, found) || !draftIsCommercial) continue
      const sentence = sentenceAt(context.sentences, found.start)
      const praised = sentence ? sentence.text : text.slice(found.start, found.end)
      if (AGENCY_SUBJECT.test(praised) && !COMMERCIAL_CUE.test(praised)) continue
      matches.push(endorsementMatch(found, text))
    }
    return matches
  }
})
