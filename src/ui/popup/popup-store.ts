// The popup's state: the active tab's draft status, the page profile (read from the page or
// pasted by a supervisor) and its audit.
import browser from "webextension-polyfill"
import { create } from "zustand"

import type { PolicyPack } from "~/engine/packs/schema"
import { auditProfile } from "~/engine/profile/audit"
import type { AuditCheck, ProfileSnapshot } from "~/engine/profile/types"
import { loadActivePack } from "~/shared/active-pack"
import { MESSAGES, type DraftStatus } from "~/shared/messages"
import { STORAGE_KEYS } from "~/shared/storage-keys"

import type { ProfileReport } from "../report/profile-report"

export interface PastedProfile {
  pageName: string
  category: string
  about: string
  commentPolicy: string
  links: string
  commentsEnabled: boolean
}

const EMPTY_PASTE: PastedProfile = { pageName: "", category: "", about: "", commentPolicy: "", links: "", commentsEnabled: true }

interface PopupState {
  loaded: boolean
  pack: PolicyPack | null
  tabUrl?: string
  draftStatus: DraftStatus
  /** What the page itself showed, when a content script could read it. */
  pageProfile: ProfileSnapshot | null
  pasted: PastedProfile
  checks: AuditCheck[]
  load(): Promise<void>
  paste(change: Partial<PastedProfile>): void
  runAudit(): void
  saveReport(): Promise<ProfileReport>
}

const NOT_RUNNING: DraftStatus = { monitored: false, reason: "popup_not_running_here", findings: [] }

async function askTab<T>(tabId: number, type: string): Promise<T | null> {
  try {
    return ((await browser.tabs.sendMessage(tabId, { type })) as T) ?? null
  } catch {
    // No content script in this tab (not a platform page, or the page predates the install).
    return null
  }
}

/** The pasted texts win over what was read from the page, field by field. */
export function mergeProfile(page: ProfileSnapshot | null, pasted: PastedProfile): ProfileSnapshot {
  const links = pasted.links
    .split(/\s+/)
    .map((link) => link.trim())
    .filter(Boolean)
  return {
    ...(page ?? {}),
    ...(pasted.pageName.trim() ? { pageName: pasted.pageName } : {}),
    ...(pasted.category.trim() ? { category: pasted.category } : {}),
    ...(pasted.about.trim() ? { about: pasted.about } : {}),
    ...(pasted.commentPolicy.trim() ? { commentPolicy: pasted.commentPolicy } : {}),
    links: [...(page?.links ?? []), ...links],
    commentsEnabled: page?.commentsEnabled ?? pasted.commentsEnabled
  }
}

export const usePopupStore = create<PopupState>((set, get) => ({
  loaded: false,
  pack: null,
  draftStatus: NOT_RUNNING,
  pageProfile: null,
  pasted: EMPTY_PASTE,
  checks: [],
  async load() {
    const [{ pack }, [tab]] = await Promise.all([loadActivePack(), browser.tabs.query({ active: true, currentWindow: true })])
    let draftStatus = NOT_RUNNING
    let pageProfile: ProfileSnapshot | null = null
    if (tab?.id !== undefined) {
      draftStatus = (await askTab<DraftStatus>(tab.id, MESSAGES.popupGetDraftStatus)) ?? NOT_RUNNING
      pageProfile = await askTab<ProfileSnapshot>(tab.id, MESSAGES.popupGetProfile)
    }
    set({ loaded: true, pack, tabUrl: tab?.url, draftStatus, pageProfile })
    get().runAudit()
  },
  paste(change) {
    set({ pasted: { ...get().pasted, ...change } })
  },
  runAudit() {
    const { pack, pageProfile, pasted } = get()
    if (!pack) return
    set({ checks: auditProfile(mergeProfile(pageProfile, pasted), pack) })
  },
  async saveReport() {
    const { pack, pageProfile, pasted, checks, tabUrl } = get()
    const report: ProfileReport = {
      createdAt: new Date().toISOString(),
      agencyName: pack?.agencyName ?? "",
      ...(tabUrl ? { pageUrl: tabUrl } : {}),
      profile: mergeProfile(pageProfile, pasted),
      checks
    }
    await browser.storage.local.set({ [STORAGE_KEYS.lastProfileReport]: report })
    return report
  }
}))
