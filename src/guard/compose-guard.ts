// The compose guard: finds compose boxes through the site adapters, checks drafts as they are
// typed, marks problems in an overlay and holds back posts while blocking findings remain.
// Mountable on any document (platform pages through the content script, the training sandbox).
import { analyze as engineAnalyze } from "~/engine/analyze"
import type { PolicyPack } from "~/engine/packs/schema"
import type { Finding } from "~/engine/types"
import { detectEditor } from "~/platforms/editors"
import type { PlatformAdapter } from "~/platforms"
import type { DraftStatus } from "~/shared/messages"
import { BadgeView, summarize } from "~/ui/guard/badge"
import { MarksView, type MarkSpec } from "~/ui/guard/marks"
import { createOverlay, type Overlay } from "~/ui/guard/overlay"
import { PanelView, type PanelActions, type PanelModel } from "~/ui/guard/panel"
import { TooltipView } from "~/ui/guard/tooltip"

import { newRecordId, type AuditSink } from "./audit"
import { guardText } from "./guard-text"
import { UNMONITORED_REASONS, WatchedBox, type Analyzer } from "./watched-box"

export interface ComposeGuardOptions {
  document: Document
  /** Tried in order; the first adapter that claims a box owns it. */
  adapters: readonly PlatformAdapter[]
  pack: PolicyPack
  auditSink: AuditSink
  /** Called when the focused draft's status changes (drives the toolbar badge). */
  onStatus?: (status: DraftStatus) => void
  /** Aborting it removes every listener, the observer and the overlay. */
  signal: AbortSignal
  analyze?: Analyzer
  /** Quiet time after the last keystroke before the draft is checked. */
  debounceMs?: number
  now?: () => Date
}

export interface GuardStats {
  analyses: number
  totalAnalyzeMs: number
  maxAnalyzeMs: number
}

export interface ComposeGuard {
  setPack(pack: PolicyPack): void
  /** The focused (or most recently used) draft's status, checked now. */
  status(): DraftStatus
  stats(): GuardStats
  /** Checks every box now instead of after the debounce. */
  flush(): void
}

/** Continuous typing still gets checked at least this often. */
const MAX_WAIT_MS = 1000

type Release = { kind: "click"; control: HTMLElement } | { kind: "key"; init: KeyboardEventInit }

interface BoxViews {
  badge: BadgeView
  marks: MarksView
}

function statusKey(status: DraftStatus): string {
  return JSON.stringify([status.monitored, status.reason, status.platform, status.surface, status.findings.map((finding) => [finding.ruleId, finding.severity, finding.start, finding.end])])
}

function keyInit(event: KeyboardEvent): KeyboardEventInit {
  const { key, code, ctrlKey, metaKey, shiftKey, altKey } = event
  return { key, code, ctrlKey, metaKey, shiftKey, altKey, bubbles: true, cancelable: true, composed: true }
}

function intersect(rect: DOMRect, clip: DOMRect): DOMRect | null {
  const left = Math.max(rect.left, clip.left)
  const top = Math.max(rect.top, clip.top)
  const right = Math.min(rect.right, clip.right)
  const bottom = Math.min(rect.bottom, clip.bottom)
  return right > left && bottom > top ? new DOMRect(left, top, right - left, bottom - top) : null
}

export function startComposeGuard(options: ComposeGuardOptions): ComposeGuard {
  const { document, adapters, auditSink, signal } = options
  const window = document.defaultView as Window
  const analyze = options.analyze ?? engineAnalyze
  const debounceMs = options.debounceMs ?? 150
  const now = options.now ?? (() => new Date())
  let pack = options.pack
  let packVersion = 0

  const overlay: Overlay = createOverlay(document)
  const tooltip = new TooltipView(document, overlay.layer)
  const panel = new PanelView(document, overlay.layer)
  const boxes = new Map<HTMLElement, WatchedBox>()
  const views = new Map<WatchedBox, BoxViews>()
  const stats: GuardStats = { analyses: 0, totalAnalyzeMs: 0, maxAnalyzeMs: 0 }
  let activeBox: WatchedBox | null = null
  let panelBox: WatchedBox | null = null
  let panelMode: PanelModel["mode"] = "stopped"
  let lastStatusKey = ""
  /** A post the member approved: the next submit through this control or key is let through once. */
  let releasedControl: HTMLElement | null = null
  let releasedKeyBox: WatchedBox | null = null

  // The page must never break because of PostGuard: every entry point catches at the boundary.
  const safely =
    <Args extends unknown[]>(job: (...args: Args) => void) =>
    (...args: Args): void => {
      try {
        job(...args)
      } catch (error) {
        console.warn("PostGuard compose guard:", error)
      }
    }

  function isOwnElement(node: EventTarget | null): boolean {
    return node instanceof Node && (node === overlay.host || overlay.host.contains(node))
  }

  function boxContaining(node: Node | null): WatchedBox | null {
    for (let current = node; current; current = current.parentNode) {
      const box = current instanceof HTMLElement ? boxes.get(current) : undefined
      if (box) return box
    }
    return null
  }

  function watch(adapter: PlatformAdapter, target: ReturnType<PlatformAdapter["findBoxes"]>[number]): WatchedBox | null {
    if (boxes.has(target.element) || isOwnElement(target.element)) return null
    const editor = detectEditor(target.element)
    if (!editor) return null
    const box = new WatchedBox(target, adapter, editor)
    boxes.set(target.element, box)
    views.set(box, {
      badge: new BadgeView(document, overlay.layer, () => openPanel(box, "review", null)),
      marks: new MarksView(document, overlay.layer, tooltip)
    })
    return box
  }

  function unwatch(box: WatchedBox): void {
    boxes.delete(box.element)
    const boxViews = views.get(box)
    boxViews?.badge.remove()
    boxViews?.marks.remove()
    views.delete(box)
    if (activeBox === box) activeBox = null
    if (panelBox === box) closePanel()
  }

  function scan(): void {
    for (const box of Array.from(boxes.values())) if (!box.element.isConnected) unwatch(box)
    for (const adapter of adapters) for (const target of adapter.findBoxes(document)) watch(adapter, target)
  }

  function checkBox(box: WatchedBox): void {
    const outcome = box.check(pack, packVersion, analyze, overlay.scratch)
    if (outcome.analyzed) {
      stats.analyses += 1
      stats.totalAnalyzeMs += outcome.analyzeMs
      stats.maxAnalyzeMs = Math.max(stats.maxAnalyzeMs, outcome.analyzeMs)
    }
  }

  function draw(box: WatchedBox): void {
    const boxViews = views.get(box)
    if (!boxViews) return
    const boxRect = box.element.getBoundingClientRect()
    const visible = boxRect.width > 0 && boxRect.height > 0
    boxViews.badge.show(summarize(box.findings, box.unmonitoredReason ?? undefined))
    boxViews.badge.place(visible ? boxRect : null)
    const specs: MarkSpec[] = []
    if (visible && box.reading) {
      const viewport = new DOMRect(0, 0, window.innerWidth, window.innerHeight)
      const clip = intersect(boxRect, viewport)
      for (const finding of box.findings) {
        if (finding.start === null || finding.end === null || !clip) continue
        const rects = box.reading.rectsFor(finding.start, finding.end).flatMap((rect) => intersect(rect, clip) ?? [])
        specs.push({ finding, rects })
      }
    }
    boxViews.marks.render(specs)
  }

  function statusOf(box: WatchedBox | null): DraftStatus {
    if (!box) return { monitored: false, reason: UNMONITORED_REASONS.noComposeBox, findings: [] }
    const base = { platform: box.adapter.platform, surface: box.target.surface, findings: box.findings }
    return box.unmonitoredReason ? { monitored: false, reason: box.unmonitoredReason, ...base } : { monitored: true, ...base }
  }

  function currentBox(): WatchedBox | null {
    if (activeBox && boxes.has(activeBox.element)) return activeBox
    const all = Array.from(boxes.values())
    return all.find((box) => box.text.trim() !== "") ?? all[0] ?? null
  }

  function emitStatus(): void {
    const status = statusOf(currentBox())
    const key = statusKey(status)
    if (key === lastStatusKey) return
    lastStatusKey = key
    options.onStatus?.(status)
  }

  function refresh(): void {
    scan()
    for (const box of boxes.values()) {
      checkBox(box)
      draw(box)
    }
    if (panelBox) panel.update(panelModel(panelBox, panelMode))
    emitStatus()
  }

  let refreshTimer: ReturnType<typeof setTimeout> | undefined
  let firstPendingAt = 0
  function scheduleRefresh(): void {
    const time = performance.now()
    if (refreshTimer === undefined) firstPendingAt = time
    else if (time - firstPendingAt < MAX_WAIT_MS) clearTimeout(refreshTimer)
    else return
    refreshTimer = setTimeout(
      safely(() => {
        refreshTimer = undefined
        refresh()
      }),
      debounceMs
    )
  }

  let positionFrame: number | undefined
  function schedulePositions(): void {
    if (positionFrame !== undefined) return
    positionFrame = window.requestAnimationFrame(
      safely(() => {
        positionFrame = undefined
        for (const box of boxes.values()) draw(box)
      })
    )
  }

  // Holding a post back, and letting one through.

  function panelModel(box: WatchedBox, mode: PanelModel["mode"]): PanelModel {
    return { mode, blockers: box.blockers, attachments: box.attachmentCount, waiverConfirmed: box.waiverConfirmed }
  }

  function closePanel(): void {
    panel.close()
    panelBox = null
  }

  function releaseFor(box: WatchedBox): Release | null {
    const control = box.submitControl()
    if (control) return { kind: "click", control }
    if (box.adapter.submitsWithEnter(box.target)) return { kind: "key", init: { key: "Enter", code: "Enter", bubbles: true, cancelable: true, composed: true } }
    return null
  }

  function letThrough(box: WatchedBox, release: Release | null): void {
    closePanel()
    if (!release) return
    if (release.kind === "click") {
      releasedControl = release.control
      release.control.click()
      releasedControl = null
      return
    }
    box.element.focus({ preventScroll: true })
    releasedKeyBox = box
    box.element.dispatchEvent(new KeyboardEvent("keydown", release.init))
    releasedKeyBox = null
  }

  function openPanel(box: WatchedBox, mode: PanelModel["mode"], release: Release | null): void {
    checkBox(box)
    draw(box)
    panelBox = box
    panelMode = mode
    const actions: PanelActions = {
      keepEditing: safely(() => {
        closePanel()
        box.element.focus({ preventScroll: true })
      }),
      setWaiverConfirmed: safely((confirmed: boolean) => {
        box.waiverConfirmed = confirmed
        draw(box)
        panel.update(panelModel(box, mode))
        emitStatus()
      }),
      approveAndPost: async (supervisor, reason) => {
        const ruleIds = Array.from(new Set(box.blockers.map((finding) => finding.ruleId)))
        try {
          await auditSink.recordOverride({
            id: newRecordId(),
            time: now().toISOString(),
            platform: box.adapter.platform,
            surface: box.target.surface,
            ruleIds,
            supervisor,
            reason,
            ...(pack.audit.includeDraftText ? { draftText: box.text } : {})
          })
        } catch (error) {
          panel.showError(guardText("guard_record_failed", error instanceof Error ? error.message : String(error)))
          return
        }
        safely(() => letThrough(box, release ?? releaseFor(box)))()
      },
      postNow: safely(() => letThrough(box, release ?? releaseFor(box)))
    }
    panel.open(panelModel(box, mode), actions)
  }

  /** Checks the boxes a submit would publish, now (not after the debounce); true when it must be held. */
  function holdIfBlocked(candidates: WatchedBox[], release: Release, event: Event): boolean {
    for (const box of candidates) {
      checkBox(box)
      draw(box)
    }
    const blocked = candidates.find((box) => box.blockers.length > 0)
    if (!blocked) return false
    event.preventDefault()
    event.stopImmediatePropagation()
    const ruleIds = Array.from(new Set(blocked.blockers.map((finding: Finding) => finding.ruleId)))
    auditSink
      .recordBlocked({ time: now().toISOString(), platform: blocked.adapter.platform, surface: blocked.target.surface, ruleIds })
      .catch((error) => console.warn("PostGuard could not log a stopped post:", error))
    openPanel(blocked, "stopped", release)
    emitStatus()
    return true
  }

  function boxesSubmittedBy(node: Node): { candidates: WatchedBox[]; control: HTMLElement | null } {
    const candidates: WatchedBox[] = []
    let control: HTMLElement | null = null
    for (const box of boxes.values()) {
      const submit = box.submitControl()
      if (submit && submit.contains(node)) {
        candidates.push(box)
        control = submit
      }
    }
    return { candidates, control }
  }

  const onClick = safely((event: MouseEvent) => {
    const target = event.target
    if (!(target instanceof Node) || isOwnElement(target)) return
    if (releasedControl && releasedControl.contains(target)) return
    const { candidates, control } = boxesSubmittedBy(target)
    if (control) holdIfBlocked(candidates, { kind: "click", control }, event)
  })

  const onKeyDown = safely((event: KeyboardEvent) => {
    const target = event.target
    if (!(target instanceof Node) || isOwnElement(target)) return
    const box = boxContaining(target)
    if (box) {
      if (releasedKeyBox === box) return
      if (box.adapter.isSubmitKey(event, box.target)) holdIfBlocked([box], { kind: "key", init: keyInit(event) }, event)
      return
    }
    // Keyboard activation of the post button itself.
    if (event.key !== "Enter" && event.key !== " ") return
    if (releasedControl && releasedControl.contains(target)) return
    const { candidates, control } = boxesSubmittedBy(target)
    if (control) holdIfBlocked(candidates, { kind: "click", control }, event)
  })

  const onFocusIn = safely((event: FocusEvent) => {
    const target = event.target
    if (!(target instanceof HTMLElement) || isOwnElement(target)) return
    let box = boxContaining(target)
    if (!box) {
      scan()
      box = boxContaining(target)
    }
    if (!box) {
      for (const adapter of adapters) {
        const claimed = adapter.claimFocused?.(target)
        if (claimed && (box = watch(adapter, claimed))) break
      }
      if (box) {
        checkBox(box)
        draw(box)
      }
    }
    if (box && box !== activeBox) {
      activeBox = box
      emitStatus()
    }
  })

  const onPointerMove = safely((event: MouseEvent) => {
    if (isOwnElement(event.target) && event.composedPath().includes(tooltip.element)) return
    for (const boxViews of views.values()) {
      const spec = boxViews.marks.hitTest(event.clientX, event.clientY)
      if (spec) {
        tooltip.show(spec.finding, spec.rects[0])
        return
      }
    }
    const focused = overlay.root.activeElement
    if (tooltip.finding && !(focused instanceof HTMLElement && focused.dataset.pg === "mark")) tooltip.hide()
  })

  let pointerFrame: number | undefined
  let lastPointer: MouseEvent | null = null
  const onMouseMove = (event: MouseEvent) => {
    lastPointer = event
    if (pointerFrame !== undefined || (views.size === 0 && !tooltip.finding)) return
    pointerFrame = window.requestAnimationFrame(() => {
      pointerFrame = undefined
      if (lastPointer) onPointerMove(lastPointer)
    })
  }

  const listen = { capture: true, signal }
  window.addEventListener("click", onClick, listen)
  window.addEventListener("keydown", onKeyDown, listen)
  window.addEventListener("focusin", onFocusIn, listen)
  window.addEventListener("input", safely(scheduleRefresh), { ...listen, passive: true })
  window.addEventListener("scroll", safely(schedulePositions), { ...listen, passive: true })
  window.addEventListener("resize", safely(schedulePositions), { passive: true, signal })
  window.addEventListener("mousemove", onMouseMove, { ...listen, passive: true })

  const Observer = (window as Window & typeof globalThis).MutationObserver
  const observer = new Observer(safely(scheduleRefresh))
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true })

  signal.addEventListener(
    "abort",
    () => {
      observer.disconnect()
      if (refreshTimer !== undefined) clearTimeout(refreshTimer)
      if (positionFrame !== undefined) window.cancelAnimationFrame(positionFrame)
      if (pointerFrame !== undefined) window.cancelAnimationFrame(pointerFrame)
      for (const box of Array.from(boxes.values())) unwatch(box)
      overlay.remove()
    },
    { once: true }
  )

  safely(refresh)()

  return {
    setPack(next) {
      pack = next
      packVersion += 1
      safely(refresh)()
    },
    status() {
      const box = currentBox()
      if (box) checkBox(box)
      return statusOf(box)
    },
    stats: () => ({ ...stats }),
    flush() {
      if (refreshTimer !== undefined) clearTimeout(refreshTimer)
      refreshTimer = undefined
      safely(refresh)()
    }
  }
}
