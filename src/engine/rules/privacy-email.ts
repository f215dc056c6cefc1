import { parse as parseDomain } from "tldts"

import { defineRule, type RuleContext, type RuleMatch } from "../rule"
import { cite } from "../policy/clauses"
import { isOnDomains } from "../text/links"
import type { Span } from "../text/terms"

// The lookbehind makes a match start only where an address can start, which keeps the scan linear.
const EMAIL = /(?<![\w.%+-])[a-z0-9][\w.%+-]{0,63}@([a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63})+)(?![\w-]|\.[a-z0-9])/g
// Addresses spelled out to dodge scrapers: "jdoe [at] gmail [dot] com", "jdoe at yahoo dot com".
const SPELLED_EMAIL =
  /(?<![\w.%+-])([a-z0-9][\w.%+-]{0,63})\s*(?:[[({]\s*at\s*[\])}]|\sat\s)\s*([a-z0-9-]{1,63})\s*(?:[[({]\s*dot\s*[\])}]|\sdot\s)\s*([a-z]{2,6})\b/g

// Mailboxes of a role rather than a person; at an organisation's own domain they are its public contact.
const ROLE_MAILBOX =
  /^(?:info|information|contact|contactus|hello|office|admin|support|help|helpdesk|tips?|media|press|pio|news|events?|volunteers?|registration|register|jobs|careers|hr|recruiting|services|reception|frontdesk|inquiries|enquiries|questions|feedback|webmaster|noreply|no-reply|team|staff|sales|bookings|reservations|programs?)(?:[._-]\w+)?$/

// "first.last", "first_last": how institutions spell a person's own mailbox.
const PERSONAL_NAME_MAILBOX = /^[a-z]{2,}[._][a-z]{2,}\d*$/

// Free mail providers: an address there is a person's own, whatever its local part says.
const FREE_MAIL_DOMAINS = new Set([
  "gmail.com", "googlemail.com", "yahoo.com", "ymail.com", "hotmail.com", "outlook.com", "live.com", "msn.com",
  "aol.com", "icloud.com", "me.com", "mac.com", "protonmail.com", "proton.me", "gmx.com", "mail.com", "zoho.com",
  "comcast.net", "att.net", "sbcglobal.net", "verizon.net", "charter.net", "frontiernet.net", "cox.net", "earthlink.net"
])

interface EmailCandidate extends Span {
  address: string
  localPart: string
  host: string
}

function toOriginal(context: RuleContext, start: number, end: number): Span {
  const { originalIndex, original } = context.normalized
  const lastSource = originalIndex[end - 1]
  return { start: originalIndex[start], end: lastSource + ((original.codePointAt(lastSource) ?? 0) > 0xffff ? 2 : 1) }
}

function candidatesOf(context: RuleContext): EmailCandidate[] {
  const text = context.normalized.text
  if (!text.includes("@") && !/\bat\b/.test(text)) return []
  const candidates: EmailCandidate[] = []
  if (text.includes("@")) {
    for (const match of text.matchAll(EMAIL)) {
      const address = match[0]
      const at = address.indexOf("@")
      candidates.push({
        ...toOriginal(context, match.index, match.index + address.length),
        address,
        localPart: address.slice(0, at),
        host: match[1]
      })
    }
  }
  for (const match of text.matchAll(SPELLED_EMAIL)) {
    const [whole, localPart, name, suffix] = match
    const host = `${name}.${suffix}`
    candidates.push({ ...toOriginal(context, match.index, match.index + whole.length), address: `${localPart}@${host}`, localPart, host })
  }
  return candidates
}

/** Government and military domains belong to public agencies (ftc.gov, dhs.ca.gov, co.shasta.ca.us). */
function isGovernment(publicSuffix: string | null): boolean {
  return publicSuffix !== null && /(?:^|\.)(?:gov|mil|[a-z]{2}\.us)$|^gov\.[a-z]{2}$/.test(publicSuffix)
}

export default defineRule({
  id: "privacy-email",
  title: "Private email address",
  category: "privacy",
  defaultSeverity: "block",
  citation: cite("cityPersonalInformation"),
  rationale:
    "A private person's email address is personal information. Posting it exposes them to spam, scams and harassment; only the agency's own addresses belong in a post.",
  cases: {
    fire: [
      {
        text: "A good Samaritan found a wallet and is holding it for you: jwhitcomb.redding84@gmail.com",
        excerpt: "jwhitcomb.redding84@gmail.com",
        note: "A private finder's personal address."
      },
      { text: "Email block captain Carol at carolpruitt.nw@yahoo.com to join the Neighborhood Watch.", excerpt: "carolpruitt.nw@yahoo.com" },
      { text: "Questions? Write to the organiser, dana [at] gmail [dot] com.", excerpt: "dana [at] gmail [dot] com", note: "Spelled out to dodge scrapers." }
    ],
    pass: [
      { text: "Have information? Email rpdtips@cityofredding.gov or call (530) 225-4200.", note: "The department's own address." },
      { text: "Report the scam to reportfraud@ftc.gov and at ic3.gov.", note: "Another public agency's address." },
      { text: "Follow @ReddingPolice and tag us with #ReddingPD.", note: "Handles and hashtags are not addresses." },
      { text: "Meet us at the park at 6 p.m. for the cleanup.", note: "\"at\" in a sentence is no address." }
    ]
  },
  detect(context) {
    const officialEmails = new Set(context.pack.officialEmails.map((email) => email.toLowerCase()))
    const matches: RuleMatch[] = []
    for (const candidate of candidatesOf(context)) {
      if (officialEmails.has(candidate.address)) continue
      if (isOnDomains(candidate.host, context.pack.officialDomains)) continue
      const parsed = parseDomain(candidate.host)
      if (!parsed.isIcann || !parsed.domain) continue
      if (isGovernment(parsed.publicSuffix)) continue
      const freeMail = FREE_MAIL_DOMAINS.has(parsed.domain)
      if (!freeMail && ROLE_MAILBOX.test(candidate.localPart)) continue
      // A school's or college's mailbox is an institution's unless it is spelled as a person's name.
      if (parsed.publicSuffix === "edu" && !PERSONAL_NAME_MAILBOX.test(candidate.localPart)) continue
      const shown = context.draft.text.slice(candidate.start, candidate.end)
      matches.push({
        start: candidate.start,
        end: candidate.end,
        message: freeMail
          ? `${shown} is a personal email address, not one of the agency's. Posting a private person's address exposes them to spam, scams and harassment.`
          : `${shown} is not one of the agency's addresses and reads as a person's own mailbox. Posting a private person's address is personal information the policy keeps out of posts.`,
        fix: "Remove the address and ask people to contact the department instead; the department can pass messages on."
      })
    }
    return matches
  }
})
