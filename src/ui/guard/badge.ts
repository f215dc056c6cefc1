// The small badge by each watched box: counts by severity, or "not monitored" and why.
import type { Finding } from "~/engine/types"
import { guardText } from "~/guard/guard-text"

import { element } from "./dom-builder"

export type BadgeState = "ok" | "warn" | "block" | "unmonitored"

export interface BadgeSummary {
  state: BadgeState
  text: string
}

function countText(count: number, singularKey: string, pluralKey: string): string {
  return guardText(count === 1 ? singularKey : pluralKey, String(count))
}

export function summarize(findings: readonly Finding[], unmonitoredReasonKey?: string): BadgeSummary {
  if (unmonitoredReasonKey) return { state: "unmonitored", text: guardText("guard_badge_not_monitored", guardText(unmonitoredReasonKey)) }
  const blocking = findings.filter((finding) => finding.severity === "block").length
  const warnings = findings.filter((finding) => finding.severity === "warn").length
  const notes = findings.length - blocking - warnings
  if (findings.length === 0) return { state: "ok", text: guardText("guard_badge_no_issues") }
  const parts = [
    blocking > 0 ? guardText("guard_count_blocking", String(blocking)) : "",
    warnings > 0 ? countText(warnings, "guard_count_warning_one", "guard_count_warning_other") : "",
    notes > 0 ? countText(notes, "guard_count_note_one", "guard_count_note_other") : ""
  ].filter(Boolean)
  return { state: blocking > 0 ? "block" : warnings > 0 ? "warn" : "ok", text: guardText("guard_badge_counts", parts.join(" · ")) }
}

export class BadgeView {
  readonly element: HTMLButtonElement

  constructor(document: Document, layer: HTMLElement, onActivate: () => void) {
    this.element = element(document, "button", { type: "button", "data-pg": "badge", "data-state": "ok", title: guardText("guard_badge_open_hint") })
    this.element.addEventListener("click", (event) => {
      event.stopPropagation()
      onActivate()
    })
    layer.append(this.element)
  }

  show(summary: BadgeSummary): void {
    if (this.element.dataset.state !== summary.state) this.element.dataset.state = summary.state
    if (this.element.textContent !== summary.text) this.element.textContent = summary.text
  }

  /** Sits in the box's bottom-right corner; hidden while the box is off-screen. */
  place(boxRect: DOMRect | null): void {
    const style = this.element.style
    if (!boxRect || boxRect.width === 0 || boxRect.height === 0) {
      this.element.classList.add("pg-hidden")
      return
    }
    this.element.classList.remove("pg-hidden")
    style.left = `${Math.round(boxRect.right - 4)}px`
    style.top = `${Math.round(boxRect.bottom - 22)}px`
    style.transform = "translateX(-100%)"
  }

  remove(): void {
    this.element.remove()
  }
}
