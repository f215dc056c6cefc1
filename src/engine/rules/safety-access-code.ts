import { defineRule, type RuleMatch } from "../rule"
import { cite } from "../policy/clauses"
import { findPattern } from "../text/terms"

// "gate code is #4471", "alarm code: 2580", "the door code 1234 gets you in"
const ENTRY_CODE =
  /\b(?:(?:gate|door|front door|back door|side door|alarm|keypad|lock ?box|entry|access|building|garage|lobby|elevator|padlock|cabinet|security|wi-?fi)\s*(?:code|pin|combo|combination|number|#)s?|(?:lock )?combination|combo)(?:\s+(?:for|to|at|on|of)\s+(?:the\s+)?[a-z'’ -]{1,30}?)?\s*(?:is|was|will be|=|:|-)?\s*(?:now\s+)?#?(?:\d{3,8}|\d{1,2}(?:[- ]\d{1,2}){2,3})\b#?/g
// "login: rpdvolunteer / password: Redding2024!", "username is jsmith"
const CREDENTIAL_LABELED =
  /\b(?:password|passcode|passphrase|pw|pwd|login|log-?in|username|user ?name|user ?id)\s*(?::|=)\s*["'“]?[^\s"'”,;)]{3,40}/g
const PASSWORD_IS = /\b(?:password|passcode|passphrase|wi-?fi password|login)\s+(?:is|was|will be|for [a-z ]{1,30} is)\s+["'“]?[^\s"'”,;)]{4,40}/g
// A password given in running text has digits, symbols or inner capitals; "is strong" is advice.
const LOOKS_LIKE_SECRET = /\d|[^\p{L}\s]|\p{Ll}\p{Lu}/u
const ADVICE_WORDS =
  /^(?:strong|weak|secure|unique|long|short|safe|private|important|the|a|an|your|yours|never|not|only|required|needed|something|changed|expired|reset|correct|wrong|incorrect|case-sensitive)$/i

// A public meeting's passcode is published on purpose.
const PUBLIC_MEETING = /\b(?:zoom|webinar|meeting id|teams meeting|livestream|virtual (?:town hall|meeting|forum)|join the meeting)\b/i

export default defineRule({
  id: "safety-access-code",
  title: "Access code or password",
  category: "safety",
  defaultSeverity: "block",
  citation: cite("citySafety"),
  rationale:
    "A gate, door or alarm code, or a login and password, posted publicly opens buildings and systems to anyone who reads the post, and it stays in archives and screenshots after the code is changed.",
  cases: {
    fire: [
      {
        text: "Park in the side lot; the gate code is #4471 if it's closed.",
        excerpt: "gate code is #4471"
      },
      {
        text: "Sign up on the scheduling portal (login: rpdvolunteer / password: Redding2024!) and grab any open slot.",
        excerpt: "password: Redding2024!"
      },
      {
        text: "The Wi-Fi password for the community room is Shasta530 this week.",
        excerpt: "Wi-Fi password for the community room is Shasta530"
      }
    ],
    pass: [
      {
        text: "Protect your accounts: use a strong password, turn on two-factor login and never share your password with anyone.",
        note: "Security advice for the public."
      },
      {
        text: "Scammers may ask you to reset your password. The password is the key to your account: keep it private.",
        note: "Advice, no secret."
      },
      {
        text: "Case #24-031207: burglary in the 1100 block of Dana Dr. Call (530) 225-4200.",
        note: "A case number is not a code."
      },
      {
        text: "Enter code SAFE at checkout... just kidding! We don't sell anything. Dial 911 in an emergency.",
        note: "No entry code with digits."
      }
    ]
  },
  detect(context) {
    const text = context.draft.text
    if (PUBLIC_MEETING.test(text)) return []
    const matches: RuleMatch[] = []
    for (const found of findPattern(context.normalized, ENTRY_CODE)) {
      matches.push({
        start: found.start,
        end: found.end,
        message: `"${text.slice(found.start, found.end)}" publishes an entry code. Anyone who reads the post can open that door, gate or alarm.`,
        fix: "Remove the code and give it to invited people privately; have the code changed if it was already posted."
      })
    }
    for (const found of [...findPattern(context.normalized, CREDENTIAL_LABELED), ...findPattern(context.normalized, PASSWORD_IS)]) {
      const original = text.slice(found.start, found.end)
      const secret = original.split(/\s*[:=]\s*|\s+/).pop()?.replace(/^["'“]/, "") ?? ""
      if (ADVICE_WORDS.test(secret)) continue
      if (/\bis\b/i.test(original) && !LOOKS_LIKE_SECRET.test(secret)) continue
      if (matches.some((match) => match.start !== null && match.end !== null && found.start < match.end && match.start < found.end)) continue
      matches.push({
        start: found.start,
        end: found.end,
        message: `"${original}" publishes login details. Anyone who reads the post can sign in to that system.`,
        fix: "Remove the login and password, share them privately, and have the password changed now that it was written down."
      })
    }
    return matches
  }
})
