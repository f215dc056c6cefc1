// Every runtime message, named by direction (sender/what). One module so both ends agree.
import type { Finding, Platform, Surface } from "~/engine/types"

export interface DraftStatus {
  monitored: boolean
  /** Why the tab is not monitored, in plain words (set when monitored is false). */
  reason?: string
  platform?: Platform
  surface?: Surface
  findings: Finding[]
}

export const MESSAGES = {
  /** content -> background: the active draft's status changed (drives the toolbar badge). */
  contentStatus: "content/status",
  /** popup -> content: what are the findings of the focused draft? Answers DraftStatus. */
  popupGetDraftStatus: "popup/get-draft-status",
  /** popup -> content: read the page profile (About, bio, links, category, picture). */
  popupGetProfile: "popup/get-profile",
  /** content or page -> background: open the rule catalog at one rule ("learn more" on a finding). */
  openRuleCatalog: "content/open-rule-catalog",
  /** moderation content -> background: archive a comment before it is removed. Answers { id } or { error }. */
  moderationRecord: "moderation/record",
  /** moderation content -> background: the comment left the page (removed) or could not be removed (failed). */
  moderationResult: "moderation/result"
} as const

export type ContentStatusMessage = { type: typeof MESSAGES.contentStatus; status: DraftStatus }
export type OpenRuleCatalogMessage = { type: typeof MESSAGES.openRuleCatalog; ruleId: string }
export type PopupGetDraftStatusMessage = { type: typeof MESSAGES.popupGetDraftStatus }
export type PopupGetProfileMessage = { type: typeof MESSAGES.popupGetProfile }
export type ModerationRecordMessage = { type: typeof MESSAGES.moderationRecord; request: import("~/moderation/removed-comment").RemovalRequest }
export type ModerationResultMessage = { type: typeof MESSAGES.moderationResult; id: string; outcome: "removed" | "failed"; failure?: string }
