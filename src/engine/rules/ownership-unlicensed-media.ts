import { defineRule, type RuleMatch } from "../rule"
import { cite } from "../policy/clauses"
import { APOSTROPHE, detectPhraseSignals, type PhraseSignal } from "../text/operations-signals"

const FIX = "Confirm the department has permission to use it and credit the owner by name (\"Photo: Jane Doe, used with permission\"), or use the department's own material."

const MEDIA = String.raw`(?:photos?|pics?|pictures?|images?|videos?|vids?|clips?|footage|memes?|songs?|music|tracks?|audio|sound|articles?|stor(?:y|ies)|screenshots?|graphics?|artwork|gifs?|drone shots?)`
const SOURCE = String.raw`(?:facebook|fb|tiktok|tik tok|instagram|insta|ig|twitter|reddit|google(?: images)?|the (?:internet|web)|online|youtube|pinterest|snapchat|nextdoor|someone${APOSTROPHE}s (?:page|feed|story)|a friend${APOSTROPHE}s (?:page|feed)|a (?:facebook )?group|the news|a news site)`

const SIGNALS: PhraseSignal[] = [
  {
    // "photo from Facebook", "video we found on TikTok", "music pulled from YouTube"
    pattern: new RegExp(
      String.raw`\b${MEDIA}\b[^.!?\n]{0,25}?\b(?:from|off|found on|pulled from|taken from|grabbed from|borrowed from|lifted from|swiped from|saw on|seen on|going around on|circulating on) ${SOURCE}\b`,
      "g"
    ),
    sentenceUnless: /\b(?:used with permission|with permission|courtesy of (?!unknown)|shared with permission|credit:? (?!unknown|idk|n\/a))/i,
    message: (found) =>
      `"${found}": this material belongs to someone else. Reposting it without permission or credit can violate the owner's rights.`,
    fix: FIX
  },
  {
    pattern: new RegExp(String.raw`\b(?:found|saw|spotted|got) (?:this|it|these) (?:on|off) ${SOURCE}\b`, "g"),
    message: (found) =>
      `"${found}": the post reuses material found elsewhere. Reposting it without permission or credit can violate the owner's rights.`,
    fix: FIX
  },
  {
    // "credit: unknown", "owner unknown", "no copyright infringement intended", "I don't own this music"
    pattern: new RegExp(
      String.raw`\b(?:(?:photo |image |video |pic )?credits?:? (?:unknown|idk|n\/a|to (?:the )?(?:original )?(?:owner|creator|artist)|to whoever|goes to whoever)|(?:original )?(?:owner|creator|artist|photographer|source) unknown|no copyright(?: infringement)? intended|(?:i|we) (?:do not|don${APOSTROPHE}t) own (?:this|the|these|any of)(?: \w+)?|not (?:my|our) (?:photo|video|pic|picture|image|meme|music|song)|all rights reserved|reposted? without|copied (?:and pasted )?from|copy(?:ing)? and past(?:ed|ing) from)\b`,
      "g"
    ),
    message: (found) =>
      `"${found}" says the material is someone else's and its owner or permission is unknown. Posting it can violate the owner's legal interest.`,
    fix: FIX
  },
  {
    // Song lyrics set between music notes: "🎶 I fought the law and the law won 🎶"
    pattern: /(?:♪|♫|🎵|🎶)[^\n]{10,200}?(?:♪|♫|🎵|🎶)/g,
    message: (found) =>
      `${found} looks like song lyrics. Lyrics are copyrighted; quoting them in a post needs the rights holder's permission.`,
    fix: "Drop the lyrics or keep to the song's title, and credit the artist."
  }
]

// Read on the original text: normalisation (NFKC) turns ™ into plain "tm".
const TRADEMARK_SIGN = /(?<=[\p{L}\p{N}])[™®]/gu

function trademarkMatches(text: string): RuleMatch[] {
  if (!text.includes("™") && !text.includes("®")) return []
  return [...text.matchAll(TRADEMARK_SIGN)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    message: `The trademark sign "${match[0]}" marks someone else's brand. Make sure the department is not promoting the brand and has the right to use it.`,
    fix: "Use the generic term instead of the brand name, or confirm the use is permitted."
  }))
}

export default defineRule({
  id: "ownership-unlicensed-media",
  title: "Someone else's material",
  category: "ownership",
  defaultSeverity: "warn",
  citation: cite("cityOwnership"),
  rationale:
    "Photos, videos, music, articles and trademarks belong to their owners. The City prohibits content that violates another party's legal ownership interest, so material taken from other sites needs permission and credit.",
  cases: {
    fire: [
      {
        text: "Check out this amazing sunset over the Sundial Bridge! (photo from Facebook)",
        excerpt: "photo from Facebook"
      },
      {
        text: "Found this on TikTok and had to share 😂 #ReddingPD",
        excerpt: "Found this on TikTok"
      },
      {
        text: "What a shot of our K9 team in action! Credit: unknown",
        excerpt: "Credit: unknown"
      },
      {
        text: "Friday mood 🎶 I fought the law and the law won 🎶 #ReddingPD",
        excerpt: "🎶 I fought the law and the law won 🎶"
      }
    ],
    pass: [
      {
        text: "Beautiful shot of the Sundial Bridge at sunset. Photo: Maria Chen, shared with permission.",
        note: "Credited and permitted."
      },
      {
        text: "Video of the suspect from a business security camera. Recognize him? Call (530) 225-4200.",
        note: "Evidence released to ask for the public's help."
      },
      {
        text: "Thanks to Redding Fire for these photos from this morning's training! 📸 via @ReddingFire",
        note: "Credits the partner agency."
      }
    ]
  },
  detect(context) {
    return [...detectPhraseSignals(context, SIGNALS), ...trademarkMatches(context.draft.text)]
  }
})
