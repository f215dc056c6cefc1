import { defineRule } from "../rule"
import { cite } from "../policy/clauses"
import { APOSTROPHE, detectPhraseSignals, type PhraseSignal } from "../text/operations-signals"

const FIX =
  "Say what the public should do (report problems, stay aware) without saying which system is down, for how long, or how it can be opened or bypassed."

const SECURITY_SYSTEM = String.raw`(?:security |surveillance |license plate |red[- ]light |cctv |doorbell )?(?:cameras?|cctv|camera system|alarms?|alarm system|security system|license plate readers?|alprs?|access control|key ?card readers?|badge readers?|door locks?|locks?|security gates?|fences?|gates?|panic buttons?|call boxes|emergency phones|radios?|radio system)`
const OUT = String.raw`(?:down|off|offline|off ?line|out|broken|not working|disabled|dead|inoperable|unplugged|turned off|switched off|not recording|fake|dummies|props|unlocked|unmonitored|not monitored|hacked|compromised|vulnerable)`
const SIGNALS: PhraseSignal[] = [
  {
    // "the security cameras at the Downtown Transit Center have been down since last week's storm"
    pattern: new RegExp(
      String.raw`\b${SECURITY_SYSTEM}(?: (?:at|in|on|inside|outside|around|along|near|for) [^.!?\n]{1,50}?)? (?:are|is|have been|has been|were|was|will be|remain|remains|stay|stays|will stay|still)(?: still| currently| now| all)? ${OUT}\b`,
      "g"
    ),
    // "if your doorbell camera is down" is advice to a homeowner; traffic-signal outages are traffic information.
    sentenceUnless: /\b(?:your|yours|make sure|check that)\b|\bsignals?\b|\btraffic cameras?\b|\bpower (?:is|was) out\b/i,
    message: (found) =>
      `"${found}" tells the public that a security system is not working. Offenders read that as an invitation.`,
    fix: FIX
  },
  {
    // "the back gate at the corp yard doesn't lock", "the alarm hasn't worked in months"
    pattern: new RegExp(
      String.raw`\b${SECURITY_SYSTEM}(?: (?:at|in|on|inside|outside|around|along|near|for) [^.!?\n]{1,50}?)? (?:doesn${APOSTROPHE}t|don${APOSTROPHE}t|does not|do not|won${APOSTROPHE}t|hasn${APOSTROPHE}t|haven${APOSTROPHE}t|has not|have not|never|no longer|can${APOSTROPHE}t|cannot) (?:even )?(?:work|lock|latch|close|record|worked|been working|locked|recorded|been fixed|been repaired)\b`,
      "g"
    ),
    sentenceUnless: /\b(?:your|yours|make sure|check that)\b|\bsignals?\b|\btraffic cameras?\b/i,
    message: (found) =>
      `"${found}" tells the public that a security measure does not work.`,
    fix: FIX
  },
  {
    // "won't be fixed until next month"
    pattern: new RegExp(
      String.raw`\b(?:won${APOSTROPHE}t|will not|can${APOSTROPHE}t|cannot) be (?:fixed|repaired|replaced|back (?:up|online)|restored)(?: until| for| before)\b[^.!?\n]{0,30}`,
      "g"
    ),
    sentenceRequires: new RegExp(SECURITY_SYSTEM, "i"),
    sentenceUnless: /\b(?:road|street|lane|bridge|sidewalk|streetlights?|signals?|pothole|restrooms?)\b/i,
    message: (found) =>
      `"${found}" tells offenders how long a security gap will stay open.`,
    fix: FIX
  },
  {
    // "every signal cabinet in the city opens with the same standard key you can buy online"
    pattern: new RegExp(
      String.raw`\b(?:opens?|opened|unlocks?|unlocked|open)(?: up)? with (?:the same|a standard|a common|one|a master|a universal|any)(?: standard| common| generic| master)? key\b|\b(?:same|standard|universal|master) key (?:you can (?:buy|get|order)|sold|available) online\b|\bfactory[- ]default (?:passwords?|credentials|logins?|pins?|codes?)\b|\bdefault passwords? (?:still|never|were never|have never|is still|are still|unchanged)\b|\b(?:never|haven${APOSTROPHE}t|have not|hasn${APOSTROPHE}t|has not) (?:been )?(?:changed|updated|patched) (?:the |their |its )?(?:default )?(?:passwords?|firmware|software)\b|\b(?:backdoor|unpatched|zero-day|exploit(?:able)?)\b`,
      "g"
    ),
    sentenceUnless: /\b(?:change your|update your|your router|your devices?|your accounts?|protect yourself|scam)\b/i,
    message: (found) =>
      `"${found}" explains how a public system can be opened or bypassed. That is a how-to for tampering with it.`,
    fix: FIX
  }
]

export default defineRule({
  id: "safety-system-weakness",
  title: "Weakness of a public system",
  category: "safety",
  defaultSeverity: "block",
  citation: cite("citySafety"),
  rationale:
    "Cameras that are down, alarms that are off, cabinets that open with a common key or controllers left on default passwords are weaknesses of public systems. Posting them invites the crime or tampering they were meant to prevent.",
  cases: {
    fire: [
      {
        text: "FYI: the security cameras at the Downtown Transit Center have been down since last week's storm and won't be fixed until next month.",
        excerpt: "security cameras at the Downtown Transit Center have been down"
      },
      {
        text: "Between us, every signal cabinet in the city opens with the same standard key you can buy online.",
        excerpt: "opens with the same standard key"
      },
      {
        text: "The controllers still have their factory default passwords, so this will keep happening.",
        excerpt: "factory default passwords"
      }
    ],
    pass: [
      {
        text: "The traffic signals at Hilltop Dr and Dana Dr are out because of a power outage. Treat the intersection as an all-way stop.",
        note: "Traffic information about a signal outage."
      },
      {
        text: "Protect your home: make sure your doorbell camera is not offline and change the default password on your router.",
        note: "Crime-prevention advice to residents."
      },
      {
        text: "New security cameras are now up and running at Caldwell Park thanks to a state grant.",
        note: "Good news about working cameras."
      }
    ]
  },
  detect(context) {
    return detectPhraseSignals(context, SIGNALS)
  }
})
