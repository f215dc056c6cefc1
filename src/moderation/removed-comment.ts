// What the City policy asks to keep about a removed comment: the content, the time, the date and
// the identity of the poster when available, plus what PostGuard knows about the removal.
import * as z from "zod"

import { PLATFORMS } from "~/engine/types"

import { COMMENT_CATEGORIES } from "./comment-finding"

export const REMOVAL_ACTIONS = ["hide", "delete"] as const
/** pending: written before the removal; removed: the comment left the page; failed: it did not. */
export const REMOVAL_STATUSES = ["pending", "removed", "failed"] as const

const isoTime = z.string().datetime({ offset: true })

export const removedCommentSchema = z
  .object({
    id: z.string().min(1),
    platform: z.enum(PLATFORMS),
    postUrl: z.string(),
    commentUrl: z.string().nullable(),
    commentText: z.string(),
    posterName: z.string().nullable(),
    posterProfileUrl: z.string().nullable(),
    postedAt: isoTime.nullable(),
    recordedAt: isoTime,
    removedAt: isoTime.nullable(),
    action: z.enum(REMOVAL_ACTIONS),
    moderator: z.string().min(1),
    ruleIds: z.array(z.string()),
    categories: z.array(z.enum(COMMENT_CATEGORIES)),
    status: z.enum(REMOVAL_STATUSES),
    failure: z.string().nullable()
  })
  .strict()

export type RemovedComment = z.infer<typeof removedCommentSchema>

/** What the moderator's click gives us; the archive adds the id, times and status. */
export type RemovalRequest = Omit<RemovedComment, "id" | "recordedAt" | "removedAt" | "status" | "failure">

/** When a record is kept: the City schedule, defaulting to two years (Cal. Gov. Code § 34090). */
export interface RetentionSetting {
  years: number
}

export const DEFAULT_RETENTION: RetentionSetting = { years: 2 }

export function disposalDate(record: RemovedComment, retention: RetentionSetting): Date {
  const kept = new Date(record.removedAt ?? record.recordedAt)
  kept.setUTCFullYear(kept.getUTCFullYear() + retention.years)
  return kept
}
