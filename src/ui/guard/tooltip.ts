// The finding card shown while a mark is hovered or focused: clause, why, fix.
import type { Finding } from "~/engine/types"
import { guardText } from "~/guard/guard-text"

import { element } from "./dom-builder"

export class TooltipView {
  readonly element: HTMLDivElement
  private shownFor: Finding | null = null
  private readonly document: Document

  constructor(document: Document, layer: HTMLElement) {
    this.document = document
    this.element = element(document, "div", { "data-pg": "tooltip", role: "tooltip", class: "pg-hidden" })
    layer.append(this.element)
  }

  get finding(): Finding | null {
    return this.shownFor
  }

  show(finding: Finding, anchor: DOMRect): void {
    if (this.shownFor !== finding) {
      this.shownFor = finding
      const { citation } = finding
      const parts = [
        element(this.document, "div", { class: "pg-clause" }, [`${citation.source} ${citation.clause}`]),
        element(this.document, "div", { class: "pg-message" }, [finding.message])
      ]
      if (finding.fix) parts.push(element(this.document, "div", { class: "pg-fix" }, [guardText("guard_tooltip_fix", finding.fix)]))
      this.element.replaceChildren(...parts)
    }
    this.element.classList.remove("pg-hidden")
    const view = this.document.defaultView
    const below = anchor.bottom + 6
    const fitsBelow = !view || below + 120 < view.innerHeight
    this.element.style.left = `${Math.max(4, Math.round(anchor.left))}px`
    this.element.style.top = fitsBelow ? `${Math.round(below)}px` : ""
    this.element.style.bottom = fitsBelow || !view ? "" : `${Math.round(view.innerHeight - anchor.top + 6)}px`
  }

  hide(): void {
    this.shownFor = null
    this.element.classList.add("pg-hidden")
  }

  remove(): void {
    this.element.remove()
  }
}
