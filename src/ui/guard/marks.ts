// Marks over flagged words, drawn from the words' client rects. They never take pointer events
// (the member keeps clicking into the text); hover is found by hit-testing, focus by Tab.
import type { Finding } from "~/engine/types"

import { element } from "./dom-builder"
import type { TooltipView } from "./tooltip"

export interface MarkSpec {
  finding: Finding
  rects: DOMRect[]
}

interface DrawnMark {
  spec: MarkSpec
  main: HTMLDivElement
  parts: HTMLDivElement[]
}

function placeAt(node: HTMLElement, rect: DOMRect): void {
  node.style.left = `${rect.left}px`
  node.style.top = `${rect.top}px`
  node.style.width = `${rect.width}px`
  node.style.height = `${rect.height}px`
}

export class MarksView {
  private drawn: DrawnMark[] = []
  private readonly document: Document
  private readonly container: HTMLDivElement

  constructor(document: Document, layer: HTMLElement, private readonly tooltip: TooltipView) {
    this.document = document
    this.container = element(document, "div", { "data-pg": "marks" })
    layer.append(this.container)
  }

  render(specs: readonly MarkSpec[]): void {
    const visible = specs.filter((spec) => spec.rects.length > 0)
    while (this.drawn.length > visible.length) this.dropMark(this.drawn.pop() as DrawnMark)
    visible.forEach((spec, index) => {
      const drawn = this.drawn[index] ?? this.addMark()
      this.drawn[index] = drawn
      this.fill(drawn, spec)
    })
    const shown = this.tooltip.finding
    if (shown && !visible.some((spec) => spec.finding === shown) && this.ownsTooltip) this.tooltip.hide()
  }

  /** The mark under a viewport point, if any. */
  hitTest(x: number, y: number): MarkSpec | null {
    for (const { spec } of this.drawn) {
      if (spec.rects.some((rect) => x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom)) return spec
    }
    return null
  }

  get count(): number {
    return this.drawn.length
  }

  remove(): void {
    this.container.remove()
    this.drawn = []
  }

  private ownsTooltip = false

  private addMark(): DrawnMark {
    const main = element(this.document, "div", { "data-pg": "mark", tabindex: 0, role: "mark" })
    const drawn: DrawnMark = { spec: { finding: undefined as unknown as Finding, rects: [] }, main, parts: [] }
    main.addEventListener("focus", () => {
      this.ownsTooltip = true
      this.tooltip.show(drawn.spec.finding, drawn.spec.rects[0])
    })
    main.addEventListener("blur", () => this.tooltip.hide())
    this.container.append(main)
    return drawn
  }

  private dropMark(drawn: DrawnMark): void {
    drawn.main.remove()
    for (const part of drawn.parts) part.remove()
  }

  private fill(drawn: DrawnMark, spec: MarkSpec): void {
    drawn.spec = spec
    const { finding, rects } = spec
    const main = drawn.main
    main.dataset.ruleId = finding.ruleId
    main.dataset.severity = finding.severity
    main.dataset.start = String(finding.start)
    main.dataset.end = String(finding.end)
    main.setAttribute("aria-label", finding.message)
    placeAt(main, rects[0])
    const extra = rects.slice(1)
    while (drawn.parts.length > extra.length) (drawn.parts.pop() as HTMLDivElement).remove()
    extra.forEach((rect, index) => {
      const part = drawn.parts[index] ?? element(this.document, "div", { "data-pg": "mark-part", "aria-hidden": "true" })
      if (!drawn.parts[index]) {
        drawn.parts[index] = part
        this.container.append(part)
      }
      part.dataset.severity = finding.severity
      placeAt(part, rect)
    })
  }
}
