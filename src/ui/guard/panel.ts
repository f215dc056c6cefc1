// The panel shown when a post is stopped (or the badge is clicked): the blockers, the media-waiver
// confirmation, and the supervisor-approval override of Policy 321.3.
import type { Finding } from "~/engine/types"
import { guardText } from "~/guard/guard-text"
import { openRuleCatalog } from "~/guard/rule-catalog-link"

import { element } from "./dom-builder"

export interface PanelModel {
  /** "stopped": a post was just held back; "review": the member opened it from the badge. */
  mode: "stopped" | "review"
  blockers: readonly Finding[]
  attachments: number
  waiverConfirmed: boolean
}

export interface PanelActions {
  keepEditing(): void
  setWaiverConfirmed(confirmed: boolean): void
  /** Records the approval, then lets this one post through. */
  approveAndPost(supervisor: string, reason: string): Promise<void>
  /** Posts now that nothing blocks (after the waiver cleared the last blocker). */
  postNow(): void
}

export class PanelView {
  private panel: HTMLDivElement | null = null
  private list: HTMLUListElement | null = null
  private heading: HTMLHeadingElement | null = null
  private waiver: HTMLLabelElement | null = null
  private waiverBox: HTMLInputElement | null = null
  private approveButton: HTMLButtonElement | null = null
  private postNowButton: HTMLButtonElement | null = null
  private approvalForm: HTMLFormElement | null = null
  private errorLine: HTMLParagraphElement | null = null

  constructor(
    private readonly document: Document,
    private readonly layer: HTMLElement
  ) {}

  get isOpen(): boolean {
    return this.panel !== null
  }

  open(model: PanelModel, actions: PanelActions): void {
    this.close()
    const doc = this.document
    this.heading = element(doc, "h2", { id: "pg-panel-title" })
    this.list = element(doc, "ul", { "data-pg": "blockers" })
    this.waiverBox = element(doc, "input", { type: "checkbox", name: "waiver-confirmed" })
    this.waiverBox.addEventListener("change", () => actions.setWaiverConfirmed(this.waiverBox?.checked ?? false))
    this.waiver = element(doc, "label", { class: "pg-waiver" }, [this.waiverBox, element(doc, "span", {}, [guardText("guard_waiver_confirm")])])

    const supervisor = element(doc, "input", { type: "text", name: "supervisor", autocomplete: "name", required: true })
    const reason = element(doc, "textarea", { name: "reason", rows: 3, required: true })
    const record = element(doc, "button", { type: "submit", class: "pg-primary", disabled: true }, [guardText("guard_record_and_post")])
    const sync = () => {
      record.disabled = supervisor.value.trim() === "" || reason.value.trim() === ""
    }
    supervisor.addEventListener("input", sync)
    reason.addEventListener("input", sync)
    this.errorLine = element(doc, "p", { role: "alert", class: "pg-hidden", "data-pg": "panel-error" })
    this.approvalForm = element(doc, "form", { class: "pg-hidden", "data-pg": "approval" }, [
      element(doc, "p", {}, [guardText("guard_approval_explainer")]),
      element(doc, "label", {}, [guardText("guard_supervisor_label"), supervisor]),
      element(doc, "label", {}, [guardText("guard_reason_label"), reason]),
      element(doc, "div", { class: "pg-actions" }, [record]),
      this.errorLine
    ])
    this.approvalForm.addEventListener("submit", (event) => {
      event.preventDefault()
      sync()
      if (record.disabled) return
      record.disabled = true
      void actions.approveAndPost(supervisor.value.trim(), reason.value.trim()).finally(() => {
        record.disabled = false
      })
    })

    const keepEditing = element(doc, "button", { type: "button" }, [guardText("guard_keep_editing")])
    keepEditing.addEventListener("click", () => actions.keepEditing())
    this.approveButton = element(doc, "button", { type: "button" }, [guardText("guard_request_approval")])
    this.approveButton.addEventListener("click", () => {
      this.approvalForm?.classList.remove("pg-hidden")
      this.approveButton?.classList.add("pg-hidden")
      supervisor.focus()
    })
    this.postNowButton = element(doc, "button", { type: "button", class: "pg-primary" }, [guardText("guard_post_now")])
    this.postNowButton.addEventListener("click", () => actions.postNow())

    this.panel = element(doc, "div", { "data-pg": "panel", role: "dialog", "aria-modal": "false", "aria-labelledby": "pg-panel-title" }, [
      this.heading,
      this.list,
      this.waiver,
      element(doc, "div", { class: "pg-actions" }, [keepEditing, this.approveButton, this.postNowButton]),
      this.approvalForm
    ])
    this.panel.addEventListener("keydown", (event) => {
      if (event.key === "Escape") actions.keepEditing()
    })
    this.layer.append(this.panel)
    this.update(model)
    keepEditing.focus({ preventScroll: true })
  }

  private learnMore(ruleId: string): HTMLButtonElement {
    const button = element(this.document, "button", { type: "button", class: "pg-link", "data-pg": "learn-more" }, [guardText("guard_learn_more")])
    button.addEventListener("click", () => openRuleCatalog(ruleId))
    return button
  }

  update(model: PanelModel): void {
    if (!this.panel || !this.list || !this.heading) return
    const blocked = model.blockers.length > 0
    this.heading.textContent = blocked
      ? guardText(model.mode === "stopped" ? "guard_panel_stopped_title" : "guard_panel_review_title")
      : guardText("guard_panel_clear_title")
    this.list.replaceChildren(
      ...model.blockers.map((finding) =>
        element(this.document, "li", { "data-rule-id": finding.ruleId }, [
          element(this.document, "div", {}, [finding.message]),
          finding.start !== null && finding.excerpt ? element(this.document, "div", { class: "pg-excerpt" }, [`“${finding.excerpt}”`]) : null,
          finding.fix ? element(this.document, "div", {}, [guardText("guard_tooltip_fix", finding.fix)]) : null,
          element(this.document, "div", { class: "pg-clause" }, [`${finding.citation.source} ${finding.citation.clause} · `, this.learnMore(finding.ruleId)])
        ])
      )
    )
    this.waiver?.classList.toggle("pg-hidden", model.attachments === 0)
    if (this.waiverBox) this.waiverBox.checked = model.waiverConfirmed
    this.approveButton?.classList.toggle("pg-hidden", !blocked || !this.approvalForm?.classList.contains("pg-hidden"))
    if (!blocked) this.approvalForm?.classList.add("pg-hidden")
    this.postNowButton?.classList.toggle("pg-hidden", blocked)
  }

  /** Says why the approval could not be recorded (the post then stays held). */
  showError(message: string): void {
    if (!this.errorLine) return
    this.errorLine.textContent = message
    this.errorLine.classList.remove("pg-hidden")
  }

  close(): void {
    this.panel?.remove()
    this.panel = null
    this.list = null
    this.heading = null
    this.waiver = null
    this.waiverBox = null
    this.approveButton = null
    this.postNowButton = null
    this.approvalForm = null
    this.errorLine = null
  }
}
