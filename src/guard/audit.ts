// What the guard writes when a post is stopped or a supervisor approves one (Policy 321.3, 321.6).
import type { Platform, Surface } from "~/engine/types"

export interface BlockedPostRecord {
  time: string
  platform: Platform
  surface: Surface
  ruleIds: string[]
}

export interface OverrideRecord extends BlockedPostRecord {
  id: string
  supervisor: string
  reason: string
  /** Only when the pack's audit.includeDraftText is on. */
  draftText?: string
}

/** Where the guard's records go: extension storage in the browser, an array in tests. */
export interface AuditSink {
  recordBlocked(record: BlockedPostRecord): Promise<void>
  recordOverride(record: OverrideRecord): Promise<void>
}

export const BLOCKED_LOG_LIMIT = 5000

/** Appends to a stored list, dropping the oldest entries beyond `limit`. */
export function appendBounded<T>(stored: unknown, entry: T, limit = Number.POSITIVE_INFINITY): T[] {
  const list = Array.isArray(stored) ? (stored as T[]) : []
  const next = [...list, entry]
  return next.length > limit ? next.slice(next.length - limit) : next
}

export function newRecordId(): string {
  return typeof crypto !== "undefined" && "randomUUID" in crypto ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
}
