import { defineRule, type RuleMatch } from "../rule"
import { cite } from "../policy/clauses"
import { isQuoted } from "../text/quoted-spans"
import { findPattern, type Span } from "../text/terms"

const NUMBER_WORD = "(?:\\d{1,2}|one|two|three|four|five|six|twelve)"

// Deals: discounts, promo codes, free months, sales and "tell them we sent you".
const DEAL_PHRASES = [
  "(?:promo|discount|coupon|referral|offer) codes?",
  "(?:use|with|enter|apply) (?:the )?code [a-z0-9]{3,}",
  "\\d{1,3} ?% off",
  "half off",
  "\\d{1,3} ?% discount",
  "buy[- ]one,?[- ]get[- ]one",
  "bogo",
  `(?:first )?${NUMBER_WORD} (?:months?|weeks?) (?:free|for free|on us)`,
  "free (?:trial|month|week)",
  "on sale for \\$\\d[\\d,.]*",
  "free (?:quote|estimate|consultation|installation|delivery|upgrade|gift with)",
  "limited[- ]time (?:offer|only|deal)",
  "(?:this week|this weekend|this month|today|tonight) only",
  "\\d{1,2} for \\$\\d[\\d,.]*",
  "everything must go",
  "(?:comment|dm|message|text|pm) (?:below |me |us |the page )?to (?:order|buy|reserve yours)",
  "while supplies last",
  "(?:we|rpd|redding pd|the redding pd|redding police|the redding police(?: department)?|the department|us) sent you",
  "(?:show|mention) this post",
  "grab (?:one|yours|them) (?:while|before|today)",
  "(?:comment|dm|message|text|pm|email|call) (?:me |us )?(?:for|to place) (?:orders?|pricing|prices)",
  "i['’]?m selling|i am selling",
  "ask (?:about|for) (?:their|our|the) (?:[a-z-]+ ){0,2}?(?:pricing|discounts?|specials?|deals?|rates|financing|offers?)",
  "(?:first[- ]responder|military|veteran|police|law enforcement) (?:pricing|discounts?|deals?|specials?)"
]
// A leading "$" cannot sit behind a word boundary, so "$25 off" is its own alternative.
const DEAL = new RegExp(`(?:\\b(?:${DEAL_PHRASES.join("|")})|\\$\\d[\\d,.]* off)(?![\\p{L}\\p{N}_])`, "gu")

// Selling things: the language of a classified ad.
const SALE =
  /\b(?:obo|or best offer|serious (?:buyers|inquiries) only|rehoming fee|asking \$\d[\d,]*|price drop|priced to sell|cash only|for sale:|^for sale\b|shop now)(?![\p{L}\p{N}_])|\$\d[\d,]* firm\b/gmu
// A sentence that opens like a classified ad and names a price: "Selling two tickets … $80 each".
const SELLING_OPENER = /^(?:selling|for sale|now selling)\b/i
const PRICE = /\$\d/

// Giveaways run with a business ("follow us + @BurgerCo and retweet for a chance to win").
const GIVEAWAY = /\b(?:giveaway|chance to win|enter to win|win a \$\d[\d,]* gift card)(?![\p{L}\p{N}_])/gu
const SCAM_CONTEXT = /\b(?:scam|scams|scammer|scammers|fraud|phishing|fake)\b/

// Paid or sponsored content, and subscription pages of paid-content platforms.
const PAID_CONTENT =
  /(?:#ad\b|#sponsored\b|paid partnership|affiliate link|use my link|\b(?:onlyfans|fansly|patreon)\.com\/|subscribe (?:to (?:her|his|their) (?:page|channel)|at https?:\/\/(?!(?:www\.)?(?:youtube|cityofredding|reddingpolice))))/gu

function commerceMatch(found: Span, text: string, why: string): RuleMatch {
  return {
    start: found.start,
    end: found.end,
    message: `"${text.slice(found.start, found.end)}" ${why} Solicitations of commerce are not allowed on City social media.`,
    fix: "Remove the offer. Thanking a business for hosting or helping is fine without its deals, prices or products."
  }
}

export default defineRule({
  id: "commerce-promotion",
  title: "Deal, sale or giveaway",
  category: "commerce",
  defaultSeverity: "block",
  citation: cite("cityCommerce"),
  rationale:
    "The City's prohibited-content list includes solicitations of commerce, and City accounts may only promote City-sponsored or City-endorsed programs. Promo codes, discounts, items for sale and business giveaways turn the department page into an advertisement.",
  cases: {
    fire: [
      { text: "Show this post at the counter and get 20% off any latte with code RPD20!", excerpt: "Show this post" },
      { text: "Broke down on I-5? Call Big Bill's Towing. Tell 'em RPD sent you for $25 off!", excerpt: "RPD sent you" },
      { text: "Sign up this month and get your first 3 months FREE at Iron Summit Fitness!", excerpt: "first 3 months FREE" },
      { text: "FOR SALE: 2015 Tacoma TRD, 98k miles, new tires. $21,500 OBO.", excerpt: "OBO" },
      { text: "GIVEAWAY 🎉 Follow us + @NorthstateBurgerCo and retweet to win a $50 gift card!", excerpt: "GIVEAWAY" }
    ],
    pass: [
      { text: "☕ Coffee with a Cop is back! Join us Saturday at Riverbend Coffee House on Market St.", note: "A community event at a business." },
      {
        text: "Police Officer: $7,219 – $9,214/month, plus up to $20,000 hiring incentive. Apply at cityofredding.gov/jobs.",
        note: "Recruitment with salaries."
      },
      {
        text: "SCAM ALERT: callers claim you have a warrant and must pay with gift cards or Bitcoin. This is a scam.",
        note: "A scam warning mentioning payment methods."
      },
      { text: "Ask about free Narcan at Shasta County Public Health. One pill can kill.", note: "A free public-health service." },
      { text: "Someone stole a $129 dash cam from a car on Hilltop Drive. Lock your doors.", note: "A price in a theft report." },
      {
        text: "A trailer stolen in Anderson was listed for sale on Facebook Marketplace; officers recovered it.",
        note: "Stolen property advertised by someone else, in a report."
      }
    ]
  },
  detect(context) {
    const { text } = context.draft
    const scamWarning = SCAM_CONTEXT.test(context.normalized.text)
    const found: Array<[Span, string]> = [
      ...findPattern(context.normalized, DEAL).map((span): [Span, string] => [span, "promotes a business's deal or discount."]),
      ...findPattern(context.normalized, SALE).map((span): [Span, string] => [span, "offers something for sale."]),
      ...(scamWarning ? [] : findPattern(context.normalized, GIVEAWAY)).map((span): [Span, string] => [
        span,
        "runs a giveaway that promotes a business."
      ]),
      ...findPattern(context.normalized, PAID_CONTENT).map((span): [Span, string] => [span, "promotes paid or sponsored content."])
    ]
    // A sentence that opens like a classified ad, with a price in it or the next sentence.
    context.sentences.forEach((sentence, index) => {
      if (!SELLING_OPENER.test(sentence.text)) return
      const next = context.sentences[index + 1]
      if (!PRICE.test(sentence.text) && !(next && PRICE.test(next.text))) return
      const opener = /^\S+(?:\s+selling)?/i.exec(sentence.text)?.[0] ?? ""
      found.push([{ start: sentence.start, end: sentence.start + opener.length }, "offers something for sale."])
    })
    return found.filter(([span]) => !isQuoted(text, span)).map(([span, why]) => commerceMatch(span, text, why))
  }
})
