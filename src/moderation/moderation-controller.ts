// Watches the comments on the agency's own pages, flags those that break the City's comment
// rules, and runs "retain and remove": archive first, then watch for the comment to leave the page.
import browser from "webextension-polyfill"

import type { PolicyPack } from "~/engine/packs/schema"
import { MESSAGES } from "~/shared/messages"
import { STORAGE_KEYS } from "~/shared/storage-keys"
import { t } from "~/ui/i18n"

import type { ArchiveReply } from "./archive-service"
import { commentViolations } from "./comment-check"
import type { CommentFinding } from "./comment-finding"
import type { CommentSite, VisibleComment } from "./comment-sites/comment-site"
import { ModerationOverlay } from "./moderation-overlay"
import type { RemovedComment } from "./removed-comment"

const SCAN_DELAY_MS = 300
/** After this long with the comment still on the page, the record says so (and is updated if it goes later). */
export const REMOVAL_WAIT_MS = 120_000

export class ModerationController {
  private overlay: ModerationOverlay | null = null
  private readonly verdicts = new WeakMap<HTMLElement, { text: string; findings: CommentFinding[] }>()
  private timer = 0
  private moderator = ""

  constructor(
    private readonly site: CommentSite,
    private pack: PolicyPack,
    private readonly signal: AbortSignal
  ) {}

  async start(): Promise<void> {
    this.moderator = ((await browser.storage.local.get(STORAGE_KEYS.moderatorName))[STORAGE_KEYS.moderatorName] as string | undefined) ?? ""
    const observer = new MutationObserver(() => this.scheduleScan())
    observer.observe(document.body, { childList: true, subtree: true, characterData: true })
    this.signal.addEventListener("abort", () => observer.disconnect())
    this.scan()
  }

  setPack(pack: PolicyPack): void {
    this.pack = pack
    this.scan(true)
  }

  private scheduleScan(): void {
    window.clearTimeout(this.timer)
    this.timer = window.setTimeout(() => this.scan(), SCAN_DELAY_MS)
  }

  private scan(fresh = false): void {
    if (this.signal.aborted) return
    const flagged = new Map<VisibleComment, CommentFinding[]>()
    if (this.site.isAgencyPage(location, document, this.pack)) {
      const postText = this.site.postText(document)
      for (const comment of this.site.findComments(document)) {
        let verdict = this.verdicts.get(comment.element)
        if (fresh || !verdict || verdict.text !== comment.text) {
          verdict = { text: comment.text, findings: commentViolations(comment.text, this.site.platform, this.pack, postText) }
          this.verdicts.set(comment.element, verdict)
        }
        if (verdict.findings.length > 0) flagged.set(comment, verdict.findings)
      }
    }
    if (flagged.size === 0 && !this.overlay) return
    this.overlay ??= new ModerationOverlay(
      (comment, findings, removal, showStatus) => this.retainAndRemove(comment, findings, removal, showStatus),
      () => this.moderator
    )
    this.overlay.show(flagged)
  }

  private async retainAndRemove(comment: VisibleComment, findings: CommentFinding[], { moderator, action }: { moderator: string; action: RemovedComment["action"] }, showStatus: (text: string) => void): Promise<boolean> {
    this.moderator = moderator
    void browser.storage.local.set({ [STORAGE_KEYS.moderatorName]: moderator })
    showStatus(t("moderation_recording"))
    const reply = (await browser.runtime.sendMessage({
      type: MESSAGES.moderationRecord,
      request: {
        platform: this.site.platform,
        postUrl: this.site.postUrl(location),
        commentUrl: comment.commentUrl,
        commentText: comment.text,
        posterName: comment.posterName,
        posterProfileUrl: comment.posterProfileUrl,
        postedAt: comment.postedAt,
        action,
        moderator,
        ruleIds: [...new Set(findings.map((finding) => finding.ruleId))],
        categories: [...new Set(findings.map((finding) => finding.category))]
      }
    })) as ArchiveReply | undefined
    if (!reply || "error" in reply || !("id" in reply)) {
      // Nothing was archived, so the moderator must not remove the comment yet.
      showStatus(t("moderation_record_failed", reply && "error" in reply ? reply.error : t("moderation_no_answer")))
      return false
    }
    showStatus(t("moderation_recorded"))
    this.watchRemoval(comment.element, reply.id, showStatus)
    return true
  }

  private watchRemoval(element: HTMLElement, id: string, showStatus: (text: string) => void): void {
    const gone = () => !element.isConnected || element.getClientRects().length === 0
    let settled = false
    const finish = (outcome: "removed" | "failed") => {
      if (outcome === "removed") {
        settled = true
        observer.disconnect()
        window.clearTimeout(timeout)
        showStatus(t("moderation_removed"))
        this.overlay?.forget(element)
      } else {
        showStatus(t("moderation_still_there"))
      }
      void browser.runtime.sendMessage({ type: MESSAGES.moderationResult, id, outcome, ...(outcome === "failed" ? { failure: "The comment was still on the page two minutes after the record was made." } : {}) })
    }
    const observer = new MutationObserver(() => {
      if (!settled && gone()) finish("removed")
    })
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ["style", "class", "hidden"] })
    this.signal.addEventListener("abort", () => observer.disconnect())
    const timeout = window.setTimeout(() => {
      if (!settled && !gone()) finish("failed")
    }, REMOVAL_WAIT_MS)
  }
}
