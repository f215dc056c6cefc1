// The audit sink for extension pages and content scripts: chrome.storage.local.
import browser from "webextension-polyfill"

import { STORAGE_KEYS } from "~/shared/storage-keys"

import { appendBounded, BLOCKED_LOG_LIMIT, type AuditSink } from "./audit"

// Appends from one page are serialised so two quick writes never read the same old list.
let pending: Promise<unknown> = Promise.resolve()

function append(key: string, entry: unknown, limit?: number): Promise<void> {
  const next = pending.then(async () => {
    const stored = (await browser.storage.local.get(key))[key]
    await browser.storage.local.set({ [key]: appendBounded(stored, entry, limit) })
  })
  pending = next.catch(() => undefined)
  return next
}

export const storageAuditSink: AuditSink = {
  recordBlocked: (record) => append(STORAGE_KEYS.blockedLog, record, BLOCKED_LOG_LIMIT),
  recordOverride: (record) => append(STORAGE_KEYS.auditLog, record)
}
