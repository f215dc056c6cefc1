// Which findings make a public comment removable under the City's comment rules.
import { analyze } from "~/engine/analyze"
import type { PolicyPack } from "~/engine/packs/schema"
import type { Category, Platform } from "~/engine/types"

import type { CommentFinding } from "./comment-finding"
import { offTopicFinding } from "./off-topic"

/**
 * The City's prohibited-content list as it applies to comments from the public. The rules about
 * what members may post (privacy of others, investigations, authorization …) do not apply to a
 * commenter's own words.
 */
export const COMMENT_RULE_CATEGORIES: ReadonlySet<Category> = new Set([
  "profanity",
  "discrimination",
  "sexual",
  "harassment",
  "commerce",
  "illegal-activity",
  "safety",
  "ownership"
])

/** `postText` is the post the comment answers, when the page shows it (for the off-topic check). */
export function commentViolations(text: string, platform: Platform, pack: PolicyPack, postText: string | null = null): CommentFinding[] {
  const findings: CommentFinding[] = analyze({ text, platform, surface: "comment" }, pack).filter((finding) => COMMENT_RULE_CATEGORIES.has(finding.category) && finding.severity !== "info")
  if (findings.length > 0) return findings
  const offTopic = offTopicFinding(text, postText)
  return offTopic ? [offTopic] : []
}
