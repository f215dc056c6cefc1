// State of the records page: the removed-comment archive, the retention setting and the logs the
// annual review reads. Everything is local (IndexedDB and extension storage).
import browser from "webextension-polyfill"
import { create } from "zustand"

import { CommentArchive, matchesQuery, type ArchiveQuery, type DisposalEntry } from "~/moderation/comment-archive"
import type { ReviewEvent } from "~/moderation/annual-review"
import { DEFAULT_RETENTION, type RemovedComment, type RetentionSetting } from "~/moderation/removed-comment"
import { STORAGE_KEYS } from "~/shared/storage-keys"

interface RecordsState {
  loaded: boolean
  error: string | null
  records: RemovedComment[]
  disposals: DisposalEntry[]
  query: ArchiveQuery
  retention: RetentionSetting
  due: RemovedComment[]
  overrides: ReviewEvent[]
  blocked: ReviewEvent[]
  load: () => Promise<void>
  setQuery: (change: Partial<ArchiveQuery>) => void
  setRetention: (retention: RetentionSetting) => Promise<void>
  dispose: (confirmedBy: string) => Promise<void>
}

let archive: Promise<CommentArchive> | null = null
const openArchive = () => (archive ??= CommentArchive.open())

function asEvents(value: unknown): ReviewEvent[] {
  if (!Array.isArray(value)) return []
  return value.filter(
    (entry): entry is ReviewEvent => typeof entry === "object" && entry !== null && typeof entry.time === "string" && typeof entry.platform === "string" && Array.isArray(entry.ruleIds)
  )
}

export function filteredRecords(state: Pick<RecordsState, "records" | "query">): RemovedComment[] {
  return state.records.filter((record) => matchesQuery(record, state.query)).reverse()
}

export const useRecordsStore = create<RecordsState>((set, get) => ({
  loaded: false,
  error: null,
  records: [],
  disposals: [],
  query: {},
  retention: DEFAULT_RETENTION,
  due: [],
  overrides: [],
  blocked: [],
  load: async () => {
    try {
      const stored = await browser.storage.local.get([STORAGE_KEYS.auditLog, STORAGE_KEYS.blockedLog, STORAGE_KEYS.retention])
      const retentionYears = (stored[STORAGE_KEYS.retention] as RetentionSetting | undefined)?.years
      const retention = typeof retentionYears === "number" && retentionYears >= 1 ? { years: retentionYears } : DEFAULT_RETENTION
      const opened = await openArchive()
      set({
        loaded: true,
        error: null,
        records: await opened.all(),
        disposals: await opened.disposals(),
        retention,
        due: await opened.dueForDisposal(retention),
        overrides: asEvents(stored[STORAGE_KEYS.auditLog]),
        blocked: asEvents(stored[STORAGE_KEYS.blockedLog])
      })
    } catch (error) {
      set({ loaded: true, error: error instanceof Error ? error.message : String(error) })
    }
  },
  setQuery: (change) => set({ query: { ...get().query, ...change } }),
  setRetention: async (retention) => {
    await browser.storage.local.set({ [STORAGE_KEYS.retention]: retention })
    set({ retention, due: await (await openArchive()).dueForDisposal(retention) })
  },
  dispose: async (confirmedBy) => {
    const opened = await openArchive()
    await opened.dispose(
      get().due.map((record) => record.id),
      confirmedBy,
      get().retention
    )
    await get().load()
  }
}))
