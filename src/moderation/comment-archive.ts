// The local archive of removed comments (IndexedDB). A record is written before the removal is
// attempted and marked removed or failed after, so a removal that breaks mid-way still leaves a
// complete record. Records are disposed of only by an explicit, logged disposal.
import { openDB, type DBSchema, type IDBPDatabase } from "idb"

import { disposalDate, type RemovalRequest, type RemovedComment, type RetentionSetting } from "./removed-comment"

export interface DisposalEntry {
  id: string
  disposedAt: string
  confirmedBy: string
  recordIds: string[]
  /** The retention rule that made the records due, for the audit trail. */
  retentionYears: number
}

interface ArchiveSchema extends DBSchema {
  removedComments: { key: string; value: RemovedComment; indexes: { byRecordedAt: string } }
  disposals: { key: string; value: DisposalEntry }
}

export interface ArchiveQuery {
  text?: string
  platform?: RemovedComment["platform"]
  status?: RemovedComment["status"]
  ruleId?: string
  /** Inclusive ISO date bounds on when the comment was removed (or recorded, if not removed). */
  from?: string
  to?: string
}

export class NotDueForDisposalError extends Error {}

const DATABASE_NAME = "postguard-archive"

function newId(): string {
  return crypto.randomUUID()
}

export function matchesQuery(record: RemovedComment, query: ArchiveQuery): boolean {
  const when = (record.removedAt ?? record.recordedAt).slice(0, 10)
  if (query.platform && record.platform !== query.platform) return false
  if (query.status && record.status !== query.status) return false
  if (query.ruleId && !record.ruleIds.includes(query.ruleId)) return false
  if (query.from && when < query.from) return false
  if (query.to && when > query.to) return false
  if (query.text) {
    const needle = query.text.toLowerCase()
    const haystack = [record.commentText, record.posterName ?? "", record.moderator, record.postUrl].join("\n").toLowerCase()
    if (!haystack.includes(needle)) return false
  }
  return true
}

export class CommentArchive {
  private constructor(private readonly db: IDBPDatabase<ArchiveSchema>) {}

  static async open(name = DATABASE_NAME): Promise<CommentArchive> {
    const db = await openDB<ArchiveSchema>(name, 1, {
      upgrade(database) {
        database.createObjectStore("removedComments", { keyPath: "id" }).createIndex("byRecordedAt", "recordedAt")
        database.createObjectStore("disposals", { keyPath: "id" })
      }
    })
    return new CommentArchive(db)
  }

  close(): void {
    this.db.close()
  }

  /** Step one of "retain and remove": the record exists before anything touches the page. */
  async recordBeforeRemoval(request: RemovalRequest, now = new Date()): Promise<RemovedComment> {
    const record: RemovedComment = { ...request, id: newId(), recordedAt: now.toISOString(), removedAt: null, status: "pending", failure: null }
    await this.db.put("removedComments", record)
    return record
  }

  async markRemoved(id: string, removedAt = new Date()): Promise<RemovedComment> {
    return this.update(id, { status: "removed", removedAt: removedAt.toISOString(), failure: null })
  }

  async markFailed(id: string, failure: string): Promise<RemovedComment> {
    return this.update(id, { status: "failed", failure })
  }

  private async update(id: string, change: Partial<RemovedComment>): Promise<RemovedComment> {
    const transaction = this.db.transaction("removedComments", "readwrite")
    const record = await transaction.store.get(id)
    if (!record) throw new Error(`No archived comment with id ${id}`)
    const updated = { ...record, ...change }
    await transaction.store.put(updated)
    await transaction.done
    return updated
  }

  async all(): Promise<RemovedComment[]> {
    return this.db.getAllFromIndex("removedComments", "byRecordedAt")
  }

  async search(query: ArchiveQuery): Promise<RemovedComment[]> {
    return (await this.all()).filter((record) => matchesQuery(record, query))
  }

  /** Records past the retention period. Nothing is deleted here: a person decides. */
  async dueForDisposal(retention: RetentionSetting, now = new Date()): Promise<RemovedComment[]> {
    return (await this.all()).filter((record) => record.status !== "pending" && disposalDate(record, retention) <= now)
  }

  /** Deletes the given records, only if each is due, and logs who confirmed it. */
  async dispose(ids: readonly string[], confirmedBy: string, retention: RetentionSetting, now = new Date()): Promise<DisposalEntry> {
    if (!confirmedBy.trim()) throw new Error("A disposal needs the name of the person confirming it.")
    const due = new Set((await this.dueForDisposal(retention, now)).map((record) => record.id))
    const notDue = ids.filter((id) => !due.has(id))
    if (notDue.length > 0) throw new NotDueForDisposalError(`${notDue.length} record(s) are still within the ${retention.years}-year retention period; nothing was deleted.`)
    const entry: DisposalEntry = { id: newId(), disposedAt: now.toISOString(), confirmedBy: confirmedBy.trim(), recordIds: [...ids], retentionYears: retention.years }
    const transaction = this.db.transaction(["removedComments", "disposals"], "readwrite")
    await transaction.objectStore("disposals").put(entry)
    for (const id of ids) await transaction.objectStore("removedComments").delete(id)
    await transaction.done
    return entry
  }

  async disposals(): Promise<DisposalEntry[]> {
    return this.db.getAll("disposals")
  }
}
