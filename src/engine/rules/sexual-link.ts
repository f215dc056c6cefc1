import { parse } from "tldts"

import { defineRule } from "../rule"
import { cite } from "../policy/clauses"
import { findLinks } from "../text/links"

// Registrable domains of well-known pornographic, webcam and paid adult-content sites.
const ADULT_DOMAINS = new Set([
  "pornhub.com",
  "xvideos.com",
  "xnxx.com",
  "xhamster.com",
  "redtube.com",
  "youporn.com",
  "tube8.com",
  "spankbang.com",
  "eporner.com",
  "youjizz.com",
  "motherless.com",
  "brazzers.com",
  "realitykings.com",
  "bangbros.com",
  "chaturbate.com",
  "stripchat.com",
  "bongacams.com",
  "livejasmin.com",
  "cam4.com",
  "camsoda.com",
  "myfreecams.com",
  "onlyfans.com",
  "fansly.com",
  "manyvids.com",
  "clips4sale.com",
  "justfor.fans",
  "adultfriendfinder.com",
  "fapello.com",
  "erome.com",
  "rule34.xxx",
  "nhentai.net",
  "e-hentai.org",
  "literotica.com"
])
// Top-level domains reserved for adult content.
const ADULT_SUFFIXES = new Set(["xxx", "porn", "sex", "adult"])
// Words in a domain name that only adult sites use ("hotlocalhookups", "freepornclips", "camgirls").
const ADULT_NAME_PART = /porn|xxx|hookups?|nudes?|nsfw|camgirl|sexcam|livesex|freesex|sexchat|hentai|milfs?|escorts?|fetish|onlyfans/

function adultReason(host: string): string | null {
  const { domain, domainWithoutSuffix, publicSuffix } = parse(host)
  if (!domain) return null
  if (ADULT_DOMAINS.has(domain)) return `${domain} is an adult-content site`
  if (publicSuffix && ADULT_SUFFIXES.has(publicSuffix)) return `.${publicSuffix} addresses are reserved for adult content`
  if (domainWithoutSuffix && ADULT_NAME_PART.test(domainWithoutSuffix)) return `${domain} is named as an adult site`
  return null
}

export default defineRule({
  id: "sexual-link",
  title: "Link to a sexual site",
  category: "sexual",
  defaultSeverity: "block",
  citation: cite("citySexual"),
  rationale:
    "The City prohibits links to sexual content. A pasted link to a pornographic, webcam or paid adult-content site (often by mistake, or from a compromised account) is blocked by its domain: known adult sites, the .xxx/.porn/.sex/.adult domains, and domain names built from adult-site words.",
  cases: {
    fire: [
      { text: "Full dash cam video of last night's pursuit is up! https://www.pornhub.com/view_video.php?viewkey=ph63a8c1f2e0b14", excerpt: "https://www.pornhub.com/view_video.php?viewkey=ph63a8c1f2e0b14", note: "Wrong link pasted." },
      { text: "Show her some love and subscribe at https://onlyfans.com/jennabaee_530", excerpt: "https://onlyfans.com/jennabaee_530" },
      { text: "See who's online near you https://hotlocalhookups.xxx/redding", excerpt: "https://hotlocalhookups.xxx/redding", note: "Spam from a compromised account." }
    ],
    pass: [
      { text: "Full details at https://www.cityofredding.gov/police and on x.com/ReddingPD.", note: "Official links." },
      { text: "Survivors of sexual assault can reach RAINN 24/7 at https://www.rainn.org or 800-656-4673.", note: "A support resource." },
      { text: "Our K9 team trained with Sussex Police: https://www.sussex.police.uk/news", note: "\"sex\" inside an innocent domain." }
    ]
  },
  detect(context) {
    const matches = []
    for (const link of findLinks(context.draft.text)) {
      const reason = adultReason(link.host)
      if (!reason) continue
      matches.push({
        start: link.start,
        end: link.end,
        message: `This link leads to sexual content: ${reason}. The City prohibits links to sexual content on its pages.`,
        fix: "Remove the link, or replace it with the link you meant to post."
      })
    }
    return matches
  }
})
