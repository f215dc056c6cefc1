// One compose box under watch: what it holds, what the engine found, and whether it can be guarded.
import type { PolicyPack } from "~/engine/packs/schema"
import type { Attachments, DraftInput, Finding } from "~/engine/types"
import type { DraftReading, EditorKind } from "~/platforms/editors"
import type { ComposeTarget, PlatformAdapter } from "~/platforms"

export type Analyzer = (draft: DraftInput, pack: PolicyPack) => Finding[]

/** Locale keys for why a box is not monitored (the popup translates them too). */
export const UNMONITORED_REASONS = {
  unreadable: "guard_reason_unreadable",
  noSubmit: "guard_reason_no_submit",
  noComposeBox: "guard_reason_no_compose_box"
} as const

export interface CheckOutcome {
  /** Whether the engine ran (text, attachments or pack changed since the last check). */
  analyzed: boolean
  analyzeMs: number
}

const NO_ATTACHMENTS: Attachments = { images: 0, videos: 0 }

export class WatchedBox {
  text = ""
  attachments: Attachments = NO_ATTACHMENTS
  reading: DraftReading | null = null
  /** Every finding of the last analysis, before the member's waiver confirmation is applied. */
  allFindings: Finding[] = []
  unmonitoredReason: string | null = null
  /** The member confirmed signed waivers for the media attached to this draft. */
  waiverConfirmed = false
  private analyzedKey = ""

  constructor(
    readonly target: ComposeTarget,
    readonly adapter: PlatformAdapter,
    readonly editor: EditorKind
  ) {}

  get element(): HTMLElement {
    return this.target.element
  }

  get findings(): Finding[] {
    return this.waiverConfirmed ? this.allFindings.filter((finding) => finding.category !== "media-waiver") : this.allFindings
  }

  get blockers(): Finding[] {
    return this.findings.filter((finding) => finding.severity === "block")
  }

  get attachmentCount(): number {
    return this.attachments.images + this.attachments.videos
  }

  submitControl(): HTMLElement | null {
    return this.adapter.findSubmit(this.target)
  }

  /** Re-reads the box and re-runs the engine when anything it depends on changed. */
  check(pack: PolicyPack, packVersion: number, analyze: Analyzer, scratch?: ParentNode): CheckOutcome {
    try {
      this.reading = this.editor.read(this.element, scratch)
      this.text = this.reading.text
    } catch {
      this.reading = null
      this.unmonitoredReason = UNMONITORED_REASONS.unreadable
      this.allFindings = []
      this.analyzedKey = ""
      return { analyzed: false, analyzeMs: 0 }
    }
    this.unmonitoredReason = this.submitControl() || this.adapter.submitsWithEnter(this.target) ? null : UNMONITORED_REASONS.noSubmit
    this.attachments = this.adapter.countAttachments(this.target)
    if (this.attachmentCount === 0) this.waiverConfirmed = false
    const key = `${packVersion}|${this.attachments.images}|${this.attachments.videos}|${this.text}`
    if (key === this.analyzedKey) return { analyzed: false, analyzeMs: 0 }
    const started = performance.now()
    this.allFindings = analyze({ text: this.text, platform: this.adapter.platform, surface: this.target.surface, attachments: this.attachments }, pack)
    this.analyzedKey = key
    return { analyzed: true, analyzeMs: performance.now() - started }
  }
}
