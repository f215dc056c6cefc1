// In-page marks for comments that break the City's comment rules, drawn in a shadow root over the
// page (the platform's DOM is never changed), with the "retain and remove" form.

import { t } from "~/ui/i18n"

import type { CommentFinding } from "./comment-finding"
import type { VisibleComment } from "./comment-sites/comment-site"
import { REMOVAL_ACTIONS } from "./removed-comment"

type RemovalAction = (typeof REMOVAL_ACTIONS)[number]

export interface RetainAndRemove {
  /** Resolves true once the record is written (the form then stays disabled, so one comment gets one record). */
  (comment: VisibleComment, findings: CommentFinding[], removal: { moderator: string; action: RemovalAction }, showStatus: (text: string) => void): Promise<boolean>
}

const STYLE = `
:host { all: initial; }
.flag { position: fixed; border: 2px solid #b91c1c; border-radius: 6px; pointer-events: none; box-sizing: border-box; z-index: 2147483646; }
.flag.open { z-index: 2147483647; }
.flag.settled { border-color: #15803d; border-style: dashed; }
.tag { position: absolute; top: -2px; right: -2px; transform: translateY(-100%); pointer-events: auto; font: 12px/1.4 system-ui, sans-serif;
  background: #b91c1c; color: white; border-radius: 6px 6px 0 0; padding: 2px 8px; cursor: pointer; border: none; }
.settled .tag { background: #15803d; }
.details { position: absolute; top: 100%; right: 0; pointer-events: auto; width: 320px; background: white; color: #0f172a; font: 13px/1.4 system-ui, sans-serif;
  border: 1px solid #cbd5e1; border-radius: 6px; box-shadow: 0 4px 12px rgba(0,0,0,.2); padding: 10px; z-index: 2147483647; }
.details[hidden] { display: none; }
.details ul { margin: 0 0 8px; padding-left: 16px; }
.clause { color: #475569; font-size: 12px; }
label { display: block; margin: 6px 0; }
input, select { font: inherit; width: 100%; box-sizing: border-box; }
button.act { font: inherit; background: #b91c1c; color: white; border: none; border-radius: 4px; padding: 4px 10px; cursor: pointer; }
.status { margin-top: 6px; color: #334155; }
`

interface FlagView {
  comment: VisibleComment
  box: HTMLDivElement
}

export class ModerationOverlay {
  private readonly host: HTMLDivElement
  private readonly root: ShadowRoot
  private readonly flags = new Map<HTMLElement, FlagView>()
  private frame = 0

  constructor(
    private readonly retainAndRemove: RetainAndRemove,
    private readonly moderatorName: () => string
  ) {
    this.host = document.createElement("div")
    this.host.id = "postguard-moderation-root"
    this.root = this.host.attachShadow({ mode: "open" })
    const style = document.createElement("style")
    style.textContent = STYLE
    this.root.append(style)
    document.documentElement.append(this.host)
    const schedule = () => this.schedulePosition()
    window.addEventListener("scroll", schedule, { capture: true, passive: true })
    window.addEventListener("resize", schedule, { passive: true })
  }

  /** Shows exactly these flagged comments; flags of comments no longer flagged or present go. */
  show(flagged: ReadonlyMap<VisibleComment, CommentFinding[]>): void {
    const keep = new Set<HTMLElement>()
    for (const [comment, findings] of flagged) {
      keep.add(comment.element)
      if (!this.flags.has(comment.element)) this.flags.set(comment.element, { comment, box: this.drawFlag(comment, findings) })
    }
    for (const [element, view] of this.flags) {
      if (!keep.has(element) && !view.box.dataset.pending) {
        view.box.remove()
        this.flags.delete(element)
      }
    }
    this.schedulePosition()
  }

  private drawFlag(comment: VisibleComment, findings: CommentFinding[]): HTMLDivElement {
    const box = document.createElement("div")
    box.className = "flag"
    box.dataset.pg = "comment-flag"
    box.dataset.ruleIds = [...new Set(findings.map((finding) => finding.ruleId))].join(" ")
    const tag = document.createElement("button")
    tag.className = "tag"
    tag.type = "button"
    const categories = [...new Set(findings.map((finding) => finding.category))]
    tag.textContent = t("moderation_flag", categories.map((category) => t(`category_${category.replace(/-/g, "_")}`)).join(", "))
    const details = document.createElement("div")
    details.className = "details"
    details.hidden = true
    details.setAttribute("role", "dialog")
    tag.setAttribute("aria-expanded", "false")
    tag.addEventListener("click", () => {
      details.hidden = !details.hidden
      tag.setAttribute("aria-expanded", String(!details.hidden))
      box.classList.toggle("open", !details.hidden)
    })
    const list = document.createElement("ul")
    for (const finding of findings) {
      const item = document.createElement("li")
      const clause = document.createElement("div")
      clause.className = "clause"
      clause.textContent = `${finding.citation.source} ${finding.citation.clause}${finding.excerpt ? ` · “${finding.excerpt}”` : ""}`
      item.append(finding.message, clause)
      list.append(item)
    }
    const form = document.createElement("form")
    const label = document.createElement("label")
    label.textContent = t("moderation_moderator")
    const input = document.createElement("input")
    input.name = "moderator"
    input.required = true
    input.value = this.moderatorName()
    label.append(input)
    const actionLabel = document.createElement("label")
    actionLabel.textContent = t("moderation_action")
    const action = document.createElement("select")
    action.name = "action"
    for (const value of REMOVAL_ACTIONS) action.append(new Option(t(`moderation_action_${value}`), value))
    actionLabel.append(action)
    const submit = document.createElement("button")
    submit.className = "act"
    submit.type = "submit"
    submit.textContent = t("moderation_retain_and_remove")
    const status = document.createElement("div")
    status.className = "status"
    status.dataset.pg = "moderation-status"
    status.setAttribute("aria-live", "polite")
    form.append(label, actionLabel, submit, status)
    form.addEventListener("submit", (event) => {
      event.preventDefault()
      const moderator = input.value.trim()
      if (!moderator) return
      submit.disabled = true
      box.dataset.pending = "true"
      void this.retainAndRemove(comment, findings, { moderator, action: action.value as RemovalAction }, (text) => {
        status.textContent = text
      })
        .then((recorded) => {
          if (!recorded) submit.disabled = false
        })
        .catch(() => {
          submit.disabled = false
        })
    })
    details.append(list, form)
    box.append(tag, details)
    this.root.append(box)
    return box
  }

  private schedulePosition(): void {
    if (this.frame) return
    this.frame = requestAnimationFrame(() => {
      this.frame = 0
      for (const { comment, box } of this.flags.values()) {
        if (!comment.element.isConnected) {
          box.style.display = box.dataset.pending ? "" : "none"
          continue
        }
        const rect = comment.element.getBoundingClientRect()
        box.style.display = rect.width === 0 && rect.height === 0 ? "none" : ""
        box.style.left = `${rect.left}px`
        box.style.top = `${rect.top}px`
        box.style.width = `${rect.width}px`
        box.style.height = `${rect.height}px`
      }
    })
  }

  /** Drops a flag once its comment's removal is settled. */
  forget(element: HTMLElement): void {
    const view = this.flags.get(element)
    if (!view) return
    view.box.classList.add("settled")
    window.setTimeout(() => {
      view.box.remove()
      this.flags.delete(element)
    }, 4_000)
  }
}
