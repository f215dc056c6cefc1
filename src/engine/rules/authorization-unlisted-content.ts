import { defineRule } from "../rule"
import { cite } from "../policy/clauses"
import { CONTENT_TYPES, classifyContentTypes } from "../text/content-type"

// Replies and comments answer someone; they are not content the page publishes on its own, and a
// handful of words says too little to classify.
const CLASSIFIED_SURFACES = new Set(["post", "caption"])
const MINIMUM_WORDS = 6
const WORD = /[\p{L}\p{N}]+/gu

const TYPE_LIST = CONTENT_TYPES.map((type) => `(${type.letter}) ${type.label.toLowerCase()}`).join(", ")

function countWords(text: string, limit: number): number {
  let count = 0
  WORD.lastIndex = 0
  while (WORD.exec(text) && ++count < limit);
  return count
}

export default defineRule({
  id: "authorization-unlisted-content",
  title: "Content outside the listed types",
  category: "authorization",
  defaultSeverity: "warn",
  citation: cite("rpd321_3"),
  rationale:
    "Policy 321.4 lists the kinds of content the department posts (news releases, announcements, crime-prevention tips, requests for information, community projects, real-time safety and traffic information, press releases, recruitment). Under 321.3 anything that does not strictly conform should be approved by a supervisor before it goes out.",
  cases: {
    fire: [
      {
        text: "Who else is ready for the Niners game this Sunday? Our money is on a blowout. Go Niners!",
        note: "A sports cheer is none of the listed content types."
      },
      {
        text: "Honestly, some days this job is just exhausting and we all need a vacation somewhere with a beach.",
        note: "A mood post: not a listed type."
      },
      {
        text: "Pineapple on pizza: yes or no? Drop your hot takes below, we have strong opinions about this one.",
        platform: "instagram",
        surface: "caption",
        note: "An engagement poll with no department purpose."
      }
    ],
    pass: [
      {
        text: "Officers arrested a 34-year-old Redding man Tuesday after a short pursuit on Hilltop Drive. He was booked for evading and DUI.",
        note: "(a) news release."
      },
      {
        text: "Lock your car and take your valuables with you. Most vehicle break-ins we see are crimes of opportunity.",
        note: "(c) crime-prevention tip."
      },
      {
        text: "We're hiring dispatchers! Starting salary $62,000. Apply at cityofredding.gov/jobs.",
        note: "(i) recruitment."
      },
      {
        text: "Go Niners!",
        surface: "reply",
        note: "A short reply is not classified."
      },
      {
        text: "Happy Thanksgiving from all of us at the Redding Police Department. Please drive safely this weekend.",
        note: "(b) a holiday announcement."
      }
    ]
  },
  detect(context) {
    const { draft } = context
    if (!CLASSIFIED_SURFACES.has(draft.surface)) return []
    if (countWords(draft.text, MINIMUM_WORDS) < MINIMUM_WORDS) return []
    if (classifyContentTypes(context.normalized.text).length > 0) return []
    return [
      {
        start: null,
        end: null,
        message: `This draft does not read as any of the content types Policy 321.4 lists (${TYPE_LIST}). Content that does not strictly conform needs supervisor approval (321.3).`,
        fix: "Get a supervisor's approval before posting, or reshape the post around one of the listed purposes."
      }
    ]
  }
})
