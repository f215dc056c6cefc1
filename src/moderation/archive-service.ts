// Background side of "retain and remove": content scripts run in the platform's origin, so the
// archive (the extension's IndexedDB) is written here, on their behalf.
import { MESSAGES, type ModerationRecordMessage, type ModerationResultMessage } from "~/shared/messages"

import { CommentArchive } from "./comment-archive"
import { removedCommentSchema } from "./removed-comment"

let archive: Promise<CommentArchive> | null = null
const openArchive = () => (archive ??= CommentArchive.open())

const requestSchema = removedCommentSchema.omit({ id: true, recordedAt: true, removedAt: true, status: true, failure: true })

export type ArchiveReply = { id: string } | { ok: true } | { error: string }

/** Answers moderation messages; returns undefined for any other message so other handlers run. */
export function handleModerationMessage(message: unknown): Promise<ArchiveReply> | undefined {
  const type = (message as { type?: unknown } | null)?.type
  if (type === MESSAGES.moderationRecord) return record(message as ModerationRecordMessage)
  if (type === MESSAGES.moderationResult) return result(message as ModerationResultMessage)
  return undefined
}

async function record(message: ModerationRecordMessage): Promise<ArchiveReply> {
  const parsed = requestSchema.safeParse(message.request)
  if (!parsed.success) return { error: `The comment record is incomplete: ${parsed.error.issues.map((issue) => issue.path.join(".") || issue.message).join(", ")}` }
  try {
    const saved = await (await openArchive()).recordBeforeRemoval(parsed.data)
    return { id: saved.id }
  } catch (error) {
    return { error: `The archive could not be written: ${error instanceof Error ? error.message : String(error)}` }
  }
}

async function result(message: ModerationResultMessage): Promise<ArchiveReply> {
  try {
    const opened = await openArchive()
    if (message.outcome === "removed") await opened.markRemoved(message.id)
    else await opened.markFailed(message.id, message.failure ?? "The removal did not complete")
    return { ok: true }
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) }
  }
}
