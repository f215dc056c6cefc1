import { defineRule } from "../rule"
import { cite } from "../policy/clauses"
import { sentenceWindow } from "../text/sentence-lookup"
import { findPattern } from "../text/terms"

// Wording that says the post itself carries photos or video. Used when the platform adapter
// reported no attachments (it cannot see every uploader, and media is often added after the text).
// A plain mention of photos ("send us your photos", "photo ID") is not a post with media.
const CARRIES_MEDIA = new RegExp(
  `(?<![\\p{L}\\p{N}_])(?:${[
    "pictured(?: above| below| here)?",
    "(?:photos?|pictures?|pics|videos?|footage|images?) (?:from|of) (?:the|this|last|our|(?:today|tonight|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'|’)s)",
    "(?:in|see) (?:the |this |these )(?:photos?|pictures?|videos?|clips?|images?)(?: (?:above|below))?",
    "(?:photos?|pictures?|videos?|clip|images?) (?:above|below|attached)",
    "(?:check out|watch|see) (?:the |our )?(?:photos|pictures|pics|video|clip)",
    "📸",
    "🎥"
  ].join("|")})(?![\\p{L}\\p{N}_])`,
  "gu"
)

// Sentences asking the public for their media ("Have video of the crash? Send it to us").
const ASKS_FOR_MEDIA = /(?<![\p{L}\p{N}_])(?:send|share|submit|upload|email|e-mail|have any|if you have|anyone with|do you have|your)(?![\p{L}\p{N}_])|\?/u

const SUSPECT_IMAGE = /(?<![\p{L}\p{N}_])(?:suspect|surveillance|identify|recognize|recognise)/u

function describeAttachments(images: number, videos: number): string {
  const parts = []
  if (images) parts.push(`${images} ${images === 1 ? "photo" : "photos"}`)
  if (videos) parts.push(`${videos} ${videos === 1 ? "video" : "videos"}`)
  return parts.join(" and ")
}

export default defineRule({
  id: "media-waiver",
  title: "Photos or video of the public",
  category: "media-waiver",
  defaultSeverity: "warn",
  citation: cite("cityWaivers"),
  rationale:
    "The City requires signed waivers from members of the public who can be identified in posted photos or video. The guard cannot tell who is in a picture, so it asks the member to confirm.",
  cases: {
    fire: [
      {
        text: "Great turnout at National Night Out in Caldwell Park! Thanks to everyone who came.",
        attachments: { images: 3, videos: 0 },
        note: "Event photos with the public in them."
      },
      {
        text: "Photos from last night's Shop with a Cop: 40 local kids picked out gifts with our officers.",
        excerpt: "Photos from last",
        note: "The text says the post carries photos even though none were detected."
      },
      {
        text: "Officer Reyes and K9 Bruno visited Sycamore Elementary today. 📸",
        excerpt: "📸"
      }
    ],
    pass: [
      {
        text: "Great turnout at National Night Out in Caldwell Park! Thanks to everyone who came.",
        note: "No photos or video attached and none mentioned."
      },
      {
        text: "Bring a photo ID and proof of address to register for the Citizens' Academy.",
        note: "A photo ID is not a posted photo."
      },
      {
        text: "Have doorbell video of the break-in? Send it to us at tips@reddingpolice.org.",
        note: "Asks for video; posts none."
      }
    ]
  },
  detect(context) {
    const { images, videos } = context.draft.attachments
    const aboutSuspect = SUSPECT_IMAGE.test(context.normalized.text)
    const bystanders = aboutSuspect
      ? " Images released to identify a suspect are the investigators' call, but bystanders shown in them still need a waiver or blurring."
      : ""
    if (images + videos > 0) {
      return [
        {
          start: null,
          end: null,
          message: `This post carries ${describeAttachments(images, videos)}. If any member of the public can be identified in them, the City requires a signed waiver from each person before posting.${bystanders}`,
          fix: "Confirm you hold waivers from everyone identifiable, or blur or crop them out."
        }
      ]
    }
    const mention = findPattern(context.normalized, CARRIES_MEDIA).find(
      (found) => !ASKS_FOR_MEDIA.test(sentenceWindow(context.sentences, found.start).toLowerCase())
    )
    if (!mention) return []
    const said = context.draft.text.slice(mention.start, mention.end)
    return [
      {
        start: mention.start,
        end: mention.end,
        message: `The text says this post shows photos or video (“${said}”). If members of the public can be identified in them, the City requires their signed waivers before posting.${bystanders}`,
        fix: "Confirm you hold waivers from everyone identifiable, or blur or crop them out."
      }
    ]
  }
})
