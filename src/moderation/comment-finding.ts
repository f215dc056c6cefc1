// What a flagged comment carries: an engine finding, or the moderation-only off-topic flag.
import { CATEGORIES, type Finding } from "~/engine/types"

/** A comment can also be flagged as off-topic, which is no category of the drafting rules. */
export const COMMENT_CATEGORIES = [...CATEGORIES, "off-topic"] as const
export type CommentCategory = (typeof COMMENT_CATEGORIES)[number]
export type CommentFinding = Omit<Finding, "category"> & { category: CommentCategory }
