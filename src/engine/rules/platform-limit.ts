import twitterText from "twitter-text"

import { defineRule, type RuleMatch } from "../rule"
import { cite } from "../policy/clauses"
import type { Platform, Surface } from "../types"

const X_LIMIT = 280

// Published limits, counted in characters (code points). X is counted by twitter-text instead.
const CHARACTER_LIMITS: Partial<Record<Platform, { default: number } & Partial<Record<Surface, number>>>> = {
  facebook: { default: 63_206, comment: 8_000, reply: 8_000 },
  instagram: { default: 2_200, profile: 150 },
  linkedin: { default: 3_000, comment: 1_250, reply: 1_250 },
  pinterest: { default: 500 }
}
const PLATFORM_NAMES: Record<Platform, string> = {
  facebook: "Facebook",
  x: "X",
  instagram: "Instagram",
  linkedin: "LinkedIn",
  pinterest: "Pinterest",
  generic: "this site"
}
const INSTAGRAM_HASHTAG_LIMIT = 30
const HASHTAG = /(?<![\p{L}\p{N}_&#])#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*/gu

/** UTF-16 offset just past the first `limit` code points, or null when the text is not longer. */
function offsetAfterCodePoints(text: string, limit: number): number | null {
  if (text.length <= limit) return null
  let count = 0
  for (let index = 0; index < text.length; index++) {
    if (count === limit) return index
    const code = text.charCodeAt(index)
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) index++
    count++
  }
  return null
}

function countCodePoints(text: string): number {
  let count = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) index++
    count++
  }
  return count
}

function fitsOnX(text: string): boolean {
  return twitterText.parseTweet(text).weightedLength <= X_LIMIT
}

/** The UTF-16 offset where X's 280 weighted characters run out. */
function xOverflowStart(text: string, validRangeEnd: number): number {
  // parseTweet reports the last valid index on NFC text; confirm it and fall back to a search.
  const candidate = validRangeEnd + 1
  if (candidate > 0 && candidate < text.length && fitsOnX(text.slice(0, candidate)) && !fitsOnX(text.slice(0, candidate + 1))) {
    return candidate
  }
  let low = 0
  let high = text.length
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (fitsOnX(text.slice(0, middle))) low = middle
    else high = middle - 1
  }
  return low
}

function keepSurrogatePair(text: string, offset: number): number {
  const code = text.charCodeAt(offset)
  return offset > 0 && code >= 0xdc00 && code <= 0xdfff ? offset - 1 : offset
}

export default defineRule({
  id: "platform-limit",
  title: "Over the platform's length limit",
  category: "platform-limit",
  defaultSeverity: "warn",
  citation: cite("citySiteUsePolicies"),
  rationale:
    "Posters must follow each site's own use policies. A draft over the site's limit is cut off or rejected, often losing the part that matters (the link, the phone line).",
  cases: {
    fire: [
      {
        text: `Community meeting on the downtown patrol plan this Thursday at 6 p.m. at the Redding Library community room. Officers will present the patrol schedule, answer questions about the bike unit, explain how to report quality-of-life issues online, and hear from residents and business owners about what they see.`,
        platform: "x",
        excerpt: "owners about what they see."
      },
      {
        text: `Join us for the annual Redding Police Department open house. ${"Meet officers, tour the station, see the K9 team and the SWAT vehicle. ".repeat(8)}`,
        platform: "pinterest",
        excerpt:
          ", tour the station, see the K9 team and the SWAT vehicle. Meet officers, tour the station, see the K9 team and the SWAT vehicle. ",
        note: "Pinterest descriptions stop at 500 characters."
      }
    ],
    pass: [
      {
        text: `Traffic advisory: Eureka Way will be closed between Court Street and Market Street from 9 a.m. to 3 p.m. Saturday for the Veterans Day parade. Plan an alternate route. Details: https://www.cityofredding.gov/news/2024/veterans-day-parade-route-and-closures-for-downtown-redding`,
        platform: "x",
        note: "Under 280 because X counts every link as 23 characters."
      },
      {
        text: `Join us for the annual Redding Police Department open house. ${"Meet officers, tour the station, see the K9 team and the SWAT vehicle. ".repeat(8)}`,
        platform: "facebook",
        note: "Well under Facebook's 63,206."
      },
      {
        text: "x".repeat(5_000),
        platform: "generic",
        note: "No limit known for an unnamed site."
      }
    ]
  },
  detect(context) {
    const { text, platform, surface } = context.draft
    const matches: RuleMatch[] = []
    const name = PLATFORM_NAMES[platform]
    if (platform === "x") {
      const { weightedLength, validRangeEnd } = twitterText.parseTweet(text)
      if (weightedLength > X_LIMIT) {
        matches.push({
          start: keepSurrogatePair(text, xOverflowStart(text, validRangeEnd)),
          end: text.length,
          message: `X allows ${X_LIMIT} characters (every link counts as 23, emoji and some scripts as 2); this draft counts ${weightedLength}. The highlighted part will not fit.`,
          fix: "Shorten the post, or link to the full release on the official website."
        })
      }
    } else {
      const limits = CHARACTER_LIMITS[platform]
      const limit = limits ? (limits[surface] ?? limits.default) : undefined
      const overflow = limit === undefined ? null : offsetAfterCodePoints(text, limit)
      if (limit !== undefined && overflow !== null) {
        matches.push({
          start: overflow,
          end: text.length,
          message: `${name} allows ${limit.toLocaleString("en-US")} characters here; this draft has ${countCodePoints(text).toLocaleString("en-US")}. The highlighted part will not fit.`,
          fix: "Shorten the text, or link to the full release on the official website."
        })
      }
    }
    if (platform === "instagram") {
      const hashtags = [...text.matchAll(HASHTAG)]
      if (hashtags.length > INSTAGRAM_HASHTAG_LIMIT) {
        const first = hashtags[INSTAGRAM_HASHTAG_LIMIT]
        const last = hashtags[hashtags.length - 1]
        matches.push({
          start: first.index,
          end: last.index + last[0].length,
          message: `Instagram allows at most ${INSTAGRAM_HASHTAG_LIMIT} hashtags; this draft has ${hashtags.length}.`,
          fix: `Keep the ${INSTAGRAM_HASHTAG_LIMIT} most useful hashtags.`
        })
      }
    }
    return matches
  }
})
