import { defineRule, type RuleMatch } from "../rule"
import { cite } from "../policy/clauses"
import { sentenceWindow } from "../text/sentence-lookup"
import { findLinks, isOnDomains } from "../text/links"
import { findPattern } from "../text/terms"

const WORD_START = "(?<![\\p{L}\\p{N}_])"
const WORD_END = "(?![\\p{L}\\p{N}_])"

// Emergency information in effect (orders, warnings, hazards under way), not preparedness tips.
const EMERGENCY = new RegExp(
  `${WORD_START}(?:${[
    "evacuation (?:orders?|warnings?|notices?)",
    "(?:mandatory|immediate) evacuations?",
    "evacuate (?:now|immediately|the area)",
    "(?:are|is) being evacuated",
    "shelter(?:ing)?[- ]in[- ]place",
    "boil[- ]water (?:notice|advisory|order)",
    "do not drink (?:the )?(?:tap )?water",
    "active shooter",
    "(?:flash )?flood (?:warning|emergency)",
    "(?:tornado|tsunami|fire|hazmat) (?:warning|emergency)",
    "(?:wildfire|fire|flames?) (?:is |are )?(?:burning|spreading|approaching|moving toward)",
    "(?:gas leak|chemical spill|hazardous materials? (?:spill|incident)|dam (?:failure|breach))",
    "(?:local |state of )?emergency (?:declared|declaration|proclamation)",
    "declared (?:a )?(?:local )?(?:state of )?emergency"
  ].join("|")})${WORD_END}`,
  "gu"
)

// The primary channels: 911, alert systems, the official website (checked separately via links).
const PRIMARY_CHANNEL = new RegExp(
  `${WORD_START}(?:${[
    "911",
    "code ?red",
    "nixle",
    "everbridge",
    "genasys",
    "zonehaven",
    "wireless emergency alerts?",
    "emergency alerts?",
    "alert system",
    "(?:sign|signed) up for (?:emergency )?alerts",
    "(?:am|fm) radio",
    "radio station"
  ].join("|")})${WORD_END}`,
  "u"
)

// Inviting people to report something urgent through the page instead of calling.
const SOCIAL_REPORTING = new RegExp(
  `${WORD_START}(?:${[
    "(?:dm|pm|inbox|message) us",
    "send us a (?:dm|pm|direct message|private message|message)",
    "message (?:this|our) page",
    "(?:comment|reply) (?:below|here)",
    "tag us"
  ].join("|")})${WORD_END}`,
  "gu"
)
const URGENT = /(?<![\p{L}\p{N}_])(?:if you see|emergency|in progress|right now|happening now|get an officer|send an officer|officers? (?:out|over|to you)|urgent|immediately|report (?:a |the )?(?:crime|suspect|suspicious))/u
const NINE_ONE_ONE = /(?<![\p{L}\p{N}_])911(?![\p{L}\p{N}_])/u

// Government hosts besides the pack's own (county and state emergency pages).
const GOVERNMENT_HOST = /\.(?:gov|ca\.us)$/

function pointsToOfficialSource(text: string, officialDomains: readonly string[]): boolean {
  return findLinks(text).some((link) => isOnDomains(link.host, officialDomains) || GOVERNMENT_HOST.test(link.host))
}

export default defineRule({
  id: "emergency-channel",
  title: "Social media used as the emergency channel",
  category: "emergency-channel",
  defaultSeverity: "warn",
  citation: cite("cityEmergency"),
  rationale:
    "Social media is not watched around the clock and reaches only followers. Emergency information must point people to the primary channels (911, the official alert system, the City website), and no one should be told to report an emergency by message or comment.",
  cases: {
    fire: [
      {
        text: "EVACUATION ORDER for all residents west of Buenaventura Blvd. Leave now and head to the Shasta College shelter.",
        excerpt: "EVACUATION ORDER"
      },
      {
        text: "Boil-water notice for the Westside: do not drink tap water until further notice.",
        excerpt: "Boil-water notice"
      },
      {
        text: "If you see the suspect, send us a DM here and we'll get an officer out to you.",
        surface: "reply",
        excerpt: "send us a DM"
      }
    ],
    pass: [
      {
        text: "EVACUATION ORDER for all residents west of Buenaventura Blvd. Sign up for CodeRED alerts and check cityofredding.gov for updates.",
        note: "Points to the alert system and the City website."
      },
      {
        text: "Wildfire season is here. Make an evacuation plan with your family and pack a go-bag now.",
        note: "A preparedness tip, not emergency information in effect."
      },
      {
        text: "If you see the suspect, call 911. Questions about the case? Send us a message.",
        note: "911 is the channel for the urgent part."
      },
      {
        text: "Thanks for the kind words! Send us a message if you'd like to join a ride-along.",
        surface: "reply",
        note: "Nothing urgent."
      }
    ]
  },
  detect(context) {
    const { draft, pack } = context
    const matches: RuleMatch[] = []
    const [emergency] = findPattern(context.normalized, EMERGENCY)
    if (
      emergency &&
      !PRIMARY_CHANNEL.test(context.normalized.text) &&
      !pointsToOfficialSource(draft.text, pack.officialDomains)
    ) {
      matches.push({
        start: emergency.start,
        end: emergency.end,
        message: `This is emergency information (“${draft.text.slice(emergency.start, emergency.end)}”) with no pointer to the primary channels. Social media is not the primary tool for emergency information: many people will not see this post.`,
        fix: `Tell people where the authoritative updates are: 911 for emergencies, the official alert system, and ${pack.primaryWebsite}.`
      })
    }
    if (!NINE_ONE_ONE.test(context.normalized.text)) {
      for (const invitation of findPattern(context.normalized, SOCIAL_REPORTING)) {
        if (!URGENT.test(sentenceWindow(context.sentences, invitation.start, 1).toLowerCase())) continue
        matches.push({
          start: invitation.start,
          end: invitation.end,
          message: `This asks people to report something urgent through the page (“${draft.text.slice(invitation.start, invitation.end)}”). The page is not monitored around the clock and is not an emergency line.`,
          fix: "Tell people to call 911 for emergencies or crimes in progress, and the non-emergency line otherwise."
        })
        break
      }
    }
    return matches
  }
})
