import { defineRule } from "../rule"
import { cite } from "../policy/clauses"
import { findLinks, isOnDomains } from "../text/links"
import { findPattern } from "../text/terms"

// What the City policy says posts should link back for: in-depth information, forms, documents,
// online services, applications; plus events people sign up for.
const NEEDS_LINK = new RegExp(
  `(?<![\\p{L}\\p{N}_])(?:${[
    "for (?:more|additional|further|full) (?:information|info|details)",
    "more (?:information|info|details) (?:at|on|here|online|is available|available)",
    "learn more",
    "find out more",
    "read more",
    "for (?:full )?details",
    "full (?:details|release|report|list|schedule|story)",
    "(?:application|registration|sign-?up|request|claim|complaint|commendation) forms?",
    "forms? (?:is|are) available",
    "download",
    "brochure",
    "report (?:it |them )?online",
    "online (?:form|report|reporting|services?|portal|application)",
    "file a report online",
    "records? requests?",
    "(?:alarm|parade|special event|solicitor|taxi|massage|concealed carry|ccw) permits?",
    "permit (?:applications?|forms?)",
    "apply for (?:a |an |your )?permit",
    "apply (?:now|today|online|by|before|at|here)",
    "applications? (?:are|is) (?:now )?(?:open|being accepted|due)",
    "accepting applications",
    "sign up",
    "register (?:now|today|online|by|at|here|for)",
    "registration (?:is|opens|closes|required)",
    "enroll",
    "rsvp",
    "(?:get|buy|reserve|free) (?:your )?tickets",
    "citizens(?:'|’)? academy",
    "open house",
    "workshop",
    "town hall"
  ].join("|")})(?![\\p{L}\\p{N}_])`,
  "gu"
)

const LINKED_SURFACES = new Set(["post", "caption"])
// Instagram captions do not make links clickable; the practice is a link in the profile bio.
const LINK_IN_BIO = /(?<![\p{L}\p{N}_])link (?:is )?in (?:our |the )?bio(?![\p{L}\p{N}_])/u

export default defineRule({
  id: "link-back",
  title: "No link back to the official website",
  category: "link-back",
  defaultSeverity: "info",
  citation: cite("cityLinkBack"),
  rationale:
    "The City website stays the primary internet presence: wherever possible, posts that point people to details, forms, documents, online services or applications link back to it.",
  cases: {
    fire: [
      {
        text: "We're accepting applications for Police Officer Trainee through December 15. Starting salary $78,000.",
        excerpt: "accepting applications"
      },
      {
        text: "You can now report minor thefts and vandalism online, no need to wait for an officer. Learn more on our website.",
        excerpt: "Learn more"
      },
      {
        text: "Registration is open for our spring Citizens' Academy, a 10-week look inside the department.",
        platform: "instagram",
        surface: "caption",
        excerpt: "Registration is"
      }
    ],
    pass: [
      {
        text: "We're accepting applications for Police Officer Trainee through December 15. Apply at cityofredding.gov/jobs.",
        note: "Links back to the City website."
      },
      {
        text: "Registration is open for our spring Citizens' Academy! Link in bio.",
        platform: "instagram",
        surface: "caption",
        note: "Instagram: the link is in the profile bio."
      },
      {
        text: "Officers arrested a 41-year-old man Friday after a short pursuit. He was booked for evading.",
        note: "A news release pointing to no further resource."
      },
      {
        text: "You can apply for a permit online at the City website.",
        surface: "reply",
        note: "Replies are not posts."
      }
    ]
  },
  detect(context) {
    const { draft, pack } = context
    if (!LINKED_SURFACES.has(draft.surface)) return []
    const [cue] = findPattern(context.normalized, NEEDS_LINK)
    if (!cue) return []
    if (findLinks(draft.text).some((link) => isOnDomains(link.host, pack.officialDomains))) return []
    const instagram = draft.platform === "instagram"
    if (instagram && LINK_IN_BIO.test(context.normalized.text)) return []
    const said = draft.text.slice(cue.start, cue.end)
    return [
      {
        start: cue.start,
        end: cue.end,
        message: `This post points people to something more (“${said}”) but has no link to the official website. City policy asks posts to link back to it for in-depth information, forms, documents and online services wherever possible.`,
        fix: instagram
          ? `Put the page on ${pack.primaryWebsite} in the profile bio and add "link in bio".`
          : `Add a link to the page on ${pack.primaryWebsite} that has the details.`
      }
    ]
  }
})
