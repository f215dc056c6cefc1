// The compose guard on the platforms' pages: a thin wrapper that mounts src/guard on the page and
// answers the popup. Everything it does lives in src/guard and src/platforms.
import type { PlasmoCSConfig } from "plasmo"
import browser from "webextension-polyfill"

import { startComposeGuard } from "~/guard/compose-guard"
import { storageAuditSink } from "~/guard/storage-audit-sink"
import { adaptersForHost } from "~/platforms"
import { loadActivePack, watchActivePack } from "~/shared/active-pack"
import { MESSAGES, type DraftStatus } from "~/shared/messages"

// Plasmo reads this object statically from this file alone, so it repeats plasmo.config's
// CONTENT_SCRIPT_MATCHES literally; tests/contents/match-patterns.test.ts keeps the two equal.
export const config: PlasmoCSConfig = {
  matches: [
    "https://www.facebook.com/*",
    "https://x.com/*",
    "https://twitter.com/*",
    "https://www.instagram.com/*",
    "https://www.linkedin.com/*",
    "https://www.pinterest.com/*"
  ],
  run_at: "document_idle"
}

function reportStatus(status: DraftStatus): void {
  browser.runtime.sendMessage({ type: MESSAGES.contentStatus, status }).catch(() => {
    // The background is being restarted (MV3 service worker); the next change reports again.
  })
}

async function startGuardOnThisPage(): Promise<void> {
  const adapters = adaptersForHost(location.hostname)
  const lifetime = new AbortController()
  const guard = startComposeGuard({
    document,
    adapters,
    pack: (await loadActivePack()).pack,
    auditSink: storageAuditSink,
    onStatus: reportStatus,
    signal: lifetime.signal
  })
  const stopWatchingPack = watchActivePack((active) => guard.setPack(active.pack))
  lifetime.signal.addEventListener("abort", stopWatchingPack, { once: true })
  browser.runtime.onMessage.addListener((message: unknown) => {
    const type = (message as { type?: unknown } | null)?.type
    if (type === MESSAGES.popupGetDraftStatus) return Promise.resolve(guard.status())
    if (type === MESSAGES.popupGetProfile) {
      const profile = adapters.map((adapter) => adapter.readProfile?.(document) ?? null).find(Boolean) ?? null
      return Promise.resolve(profile)
    }
    return undefined
  })
}

startGuardOnThisPage().catch((error) => console.warn("PostGuard compose guard did not start:", error))
