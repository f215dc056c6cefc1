// @vitest-environment happy-dom
// What a member sees while composing: the badge, marks over flagged words, the stopped post, the
// supervisor override and the media waiver. Runs the real engine on static site markup.
import { readFileSync } from "node:fs"
import { join } from "node:path"

import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest"

import { reddingPack } from "~/engine/packs/redding"
import type { PolicyPack } from "~/engine/packs/schema"
import type { DraftInput, Finding } from "~/engine/types"
import type { BlockedPostRecord, OverrideRecord } from "~/guard/audit"
import { startComposeGuard, type ComposeGuard } from "~/guard/compose-guard"
import { facebookAdapter } from "~/platforms/facebook"
import { instagramAdapter } from "~/platforms/instagram"
import { xAdapter } from "~/platforms/x"
import type { DraftStatus } from "~/shared/messages"

const SSN = "123-45-6789"

beforeAll(() => {
  // The English locale stands in for chrome.i18n, as in the browser.
  const messages = JSON.parse(readFileSync(join(__dirname, "../../locales/en/messages.json"), "utf8")) as Record<string, { message: string }>
  const getMessage = (key: string, substitutions: string[] = []) => (messages[key]?.message ?? "").replace(/\$(\d)/g, (_, index: string) => substitutions[Number(index) - 1] ?? "")
  vi.stubGlobal("chrome", { i18n: { getMessage } })
  // happy-dom does no layout: give every element and range a box so badges and marks are drawn.
  const box = () => new DOMRect(10, 10, 400, 40)
  vi.spyOn(HTMLElement.prototype, "getBoundingClientRect").mockImplementation(box)
  Range.prototype.getClientRects = function () {
    const rect = new DOMRect(20 + this.startOffset * 7, 20, Math.max(1, (this.endOffset - this.startOffset) * 7), 16)
    return Object.assign([rect], { item: (index: number) => [rect][index] ?? null }) as unknown as DOMRectList
  }
})

interface Harness {
  guard: ComposeGuard
  posted: string[]
  blocked: BlockedPostRecord[]
  overrides: OverrideRecord[]
  statuses: DraftStatus[]
  root: ShadowRoot
  stop: AbortController
}

let harness: Harness | null = null

afterEach(() => {
  harness?.stop.abort()
  harness = null
  document.body.innerHTML = ""
})

function lexicalBox(label: string, text: string): string {
  return `<div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="${label}"><p>${text ? `<span data-lexical-text="true">${text}</span>` : "<br>"}</p></div>`
}

function typeInto(box: Element, text: string): void {
  box.innerHTML = `<p><span data-lexical-text="true">${text}</span></p>`
  box.dispatchEvent(new Event("input", { bubbles: true }))
}

function mount(html: string, options: { pack?: PolicyPack; analyze?: (draft: DraftInput, pack: PolicyPack) => Finding[] } = {}): Harness {
  document.body.innerHTML = html
  const posted: string[] = []
  // The page's own handlers, delegated at the root like the real sites' React roots.
  document.body.addEventListener("click", (event) => {
    const button = (event.target as Element).closest('[aria-label="Post"], [data-testid="tweetButtonInline"]')
    if (button) posted.push("click")
  })
  document.body.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey) posted.push("enter")
  })
  const blocked: BlockedPostRecord[] = []
  const overrides: OverrideRecord[] = []
  const statuses: DraftStatus[] = []
  const stop = new AbortController()
  const guard = startComposeGuard({
    document,
    adapters: [instagramAdapter, facebookAdapter, xAdapter],
    pack: options.pack ?? reddingPack,
    analyze: options.analyze,
    auditSink: {
      recordBlocked: async (record) => void blocked.push(record),
      recordOverride: async (record) => void overrides.push(record)
    },
    onStatus: (status) => statuses.push(status),
    signal: stop.signal,
    debounceMs: 0,
    now: () => new Date("2026-11-25T07:00:00.000Z")
  })
  const root = document.getElementById("postguard-root")?.shadowRoot as ShadowRoot
  harness = { guard, posted, blocked, overrides, statuses, root, stop }
  return harness
}

const FACEBOOK_DIALOG = (text: string, extra = "") =>
  `<div role="dialog" aria-label="Create post">${lexicalBox("What's on your mind?", text)}${extra}<div role="button" tabindex="0" aria-label="Post">Post</div></div>`

const postButton = () => document.querySelector('[aria-label="Post"]') as HTMLElement
const badge = (root: ShadowRoot) => root.querySelector<HTMLElement>('[data-pg="badge"]') as HTMLElement

describe("while composing", () => {
  it("puts one open shadow-root host on the page and a badge saying the draft is clean", () => {
    const { root } = mount(FACEBOOK_DIALOG("Coffee with a Cop is Thursday at 8 a.m."))
    expect(document.querySelectorAll("#postguard-root")).toHaveLength(1)
    expect(badge(root).dataset.state).toBe("ok")
    expect(badge(root).textContent).toBe("PostGuard: no issues")
  })

  it("marks the flagged words with their rule and offsets once typing pauses", async () => {
    const { root, guard } = mount(FACEBOOK_DIALOG(""))
    const text = `Victim's SSN is ${SSN}, call us.`
    typeInto(document.querySelector('[role="textbox"]') as Element, text)
    guard.flush()
    const mark = root.querySelector<HTMLElement>('[data-pg="mark"][data-rule-id="privacy-ssn"]') as HTMLElement
    expect(mark.dataset.severity).toBe("block")
    expect(text.slice(Number(mark.dataset.start), Number(mark.dataset.end))).toContain(SSN)
    expect(mark.getAttribute("tabindex")).toBe("0")
    expect(badge(root).dataset.state).toBe("block")
    expect(badge(root).textContent).toMatch(/^PostGuard: \d+ blocking/)
  })

  it("shows the clause, why and fix when a mark is focused", () => {
    const { root } = mount(FACEBOOK_DIALOG(`SSN ${SSN}`))
    const mark = root.querySelector<HTMLElement>('[data-pg="mark"]') as HTMLElement
    mark.focus()
    const tooltip = root.querySelector<HTMLElement>('[data-pg="tooltip"]') as HTMLElement
    expect(tooltip.classList.contains("pg-hidden")).toBe(false)
    expect(tooltip.textContent).toContain("RPD 321")
  })

  it("never changes the editor's DOM", () => {
    mount(FACEBOOK_DIALOG(`SSN ${SSN}`))
    const box = document.querySelector('[role="textbox"]') as HTMLElement
    const before = box.outerHTML
    harness?.guard.flush()
    postButton().click()
    expect(box.outerHTML).toBe(before)
  })

  it("reports the focused draft's findings for the toolbar and the popup", () => {
    const { guard, statuses } = mount(FACEBOOK_DIALOG(`SSN ${SSN}`))
    expect(statuses.at(-1)).toMatchObject({ monitored: true, platform: "facebook", surface: "post" })
    expect(guard.status().findings.some((finding) => finding.ruleId === "privacy-ssn")).toBe(true)
  })

  it("picks up a compose box added after load", async () => {
    const { root, guard } = mount(`<main></main>`)
    expect(root.querySelectorAll('[data-pg="badge"]')).toHaveLength(0)
    document.querySelector("main")?.insertAdjacentHTML("beforeend", FACEBOOK_DIALOG(`SSN ${SSN}`))
    await new Promise((resolve) => setTimeout(resolve, 20))
    guard.flush()
    expect(badge(root).dataset.state).toBe("block")
  })

  it("says 'not monitored' when the post button cannot be found, never a silent pass", () => {
    const { root, statuses } = mount(`<div role="dialog" aria-label="Create post">${lexicalBox("What's on your mind?", "Hello")}</div>`)
    expect(badge(root).dataset.state).toBe("unmonitored")
    expect(badge(root).textContent).toBe("PostGuard: not monitored — the post button was not found")
    expect(statuses.at(-1)).toMatchObject({ monitored: false, reason: "guard_reason_no_submit" })
  })
})

describe("posting", () => {
  it("lets a clean post through untouched", () => {
    const { posted, blocked } = mount(FACEBOOK_DIALOG("Road closure on Hilltop Dr until 3 p.m."))
    postButton().click()
    expect(posted).toEqual(["click"])
    expect(blocked).toEqual([])
  })

  it("stops a post with blocking findings and lists the blockers", () => {
    const { posted, root } = mount(FACEBOOK_DIALOG(`SSN ${SSN}`))
    postButton().click()
    expect(posted).toEqual([])
    const panel = root.querySelector<HTMLElement>('[data-pg="panel"]') as HTMLElement
    expect(panel.getAttribute("role")).toBe("dialog")
    expect(panel.querySelector('[data-rule-id="privacy-ssn"]')).not.toBeNull()
    const labels = Array.from(panel.querySelectorAll("button")).map((button) => button.textContent)
    expect(labels).toContain("Keep editing")
    expect(labels).toContain("Request supervisor approval")
  })

  it("checks what was typed right before the click, without waiting for the debounce", () => {
    const { posted } = mount(FACEBOOK_DIALOG(""))
    typeInto(document.querySelector('[role="textbox"]') as Element, `SSN ${SSN}`)
    postButton().click()
    expect(posted).toEqual([])
  })

  it("logs the stopped post for the annual review without the draft", async () => {
    const { blocked } = mount(FACEBOOK_DIALOG(`SSN ${SSN}`))
    postButton().click()
    expect(blocked).toEqual([{ time: "2026-11-25T07:00:00.000Z", platform: "facebook", surface: "post", ruleIds: expect.arrayContaining(["privacy-ssn"]) }])
    expect(JSON.stringify(blocked)).not.toContain(SSN)
  })

  it("stops Enter in a comment box, and Keep editing closes the panel", () => {
    const { posted, root } = mount(`<form>${lexicalBox("Write a comment…", `SSN ${SSN}`)}</form>`)
    const box = document.querySelector('[role="textbox"]') as HTMLElement
    box.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }))
    expect(posted).toEqual([])
    const keepEditing = Array.from(root.querySelectorAll("button")).find((button) => button.textContent === "Keep editing") as HTMLButtonElement
    keepEditing.click()
    expect(root.querySelector('[data-pg="panel"]')).toBeNull()
    box.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", shiftKey: true, bubbles: true, cancelable: true }))
    expect(posted).toEqual([])
  })
})

describe("supervisor approval", () => {
  async function approve(root: ShadowRoot, supervisor: string, reason: string): Promise<void> {
    const request = Array.from(root.querySelectorAll("button")).find((button) => button.textContent === "Request supervisor approval") as HTMLButtonElement
    request.click()
    const name = root.querySelector<HTMLInputElement>('input[name="supervisor"]') as HTMLInputElement
    const why = root.querySelector<HTMLTextAreaElement>('textarea[name="reason"]') as HTMLTextAreaElement
    name.value = supervisor
    name.dispatchEvent(new Event("input"))
    why.value = reason
    why.dispatchEvent(new Event("input"))
    const record = Array.from(root.querySelectorAll("button")).find((button) => button.textContent === "Record approval and post") as HTMLButtonElement
    expect(record.disabled).toBe(false)
    record.click()
    await new Promise((resolve) => setTimeout(resolve, 0))
  }

  it("records the override without the draft, then lets that one post through", async () => {
    const { root, posted, overrides } = mount(FACEBOOK_DIALOG(`SSN ${SSN}`))
    postButton().click()
    await approve(root, "Sgt. Alvarez", "Court-ordered publication")
    expect(overrides).toHaveLength(1)
    expect(overrides[0]).toMatchObject({ platform: "facebook", surface: "post", supervisor: "Sgt. Alvarez", reason: "Court-ordered publication", time: "2026-11-25T07:00:00.000Z" })
    expect(overrides[0].ruleIds).toContain("privacy-ssn")
    expect(overrides[0].draftText).toBeUndefined()
    expect(posted).toEqual(["click"])
    postButton().click()
    expect(posted).toEqual(["click"])
  })

  it("keeps the draft in the record when the pack's audit asks for it", async () => {
    const { root, overrides } = mount(FACEBOOK_DIALOG(`SSN ${SSN}`), { pack: { ...reddingPack, audit: { includeDraftText: true } } })
    postButton().click()
    await approve(root, "Lt. Chen", "Approved")
    expect(overrides[0].draftText).toBe(`SSN ${SSN}`)
  })

  it("re-sends the Enter an approved comment was stopped on", async () => {
    const { root, posted } = mount(`<form>${lexicalBox("Write a comment…", `SSN ${SSN}`)}</form>`)
    ;(document.querySelector('[role="textbox"]') as HTMLElement).dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }))
    await approve(root, "Sgt. Alvarez", "Victim's family asked us to share it")
    expect(posted).toEqual(["enter"])
  })
})

describe("media waiver", () => {
  // A stand-in for the media-waiver rule: one whole-draft blocker while photos are attached.
  const waiverRule = (draft: DraftInput): Finding[] =>
    (draft.attachments?.images ?? 0) > 0
      ? [{ ruleId: "media-waiver", category: "media-waiver", severity: "block", start: null, end: null, excerpt: "", message: "Photos of the public need signed waivers.", citation: { source: "RPD 321", clause: "321.4", quote: "" } }]
      : []

  beforeEach(() => {
    mount(FACEBOOK_DIALOG("Our officers at the parade", `<img src="blob:https://www.facebook.com/1" alt="">`), { analyze: waiverRule })
  })

  it("holds a post with photos until the member confirms the waivers", () => {
    const { root, posted } = harness as Harness
    postButton().click()
    expect(posted).toEqual([])
    const waiver = root.querySelector<HTMLInputElement>('input[type="checkbox"][name="waiver-confirmed"]') as HTMLInputElement
    expect(waiver.closest(".pg-hidden")).toBeNull()
    waiver.checked = true
    waiver.dispatchEvent(new Event("change"))
    expect(root.querySelector('[data-pg="blockers"]')?.children).toHaveLength(0)
    expect(badge(root).dataset.state).toBe("ok")
    postButton().click()
    expect(posted).toEqual(["click"])
  })
})

describe("cleanup", () => {
  it("removes the overlay and stops listening when its signal aborts", () => {
    const { stop, posted } = mount(FACEBOOK_DIALOG(`SSN ${SSN}`))
    stop.abort()
    expect(document.getElementById("postguard-root")).toBeNull()
    postButton().click()
    expect(posted).toEqual(["click"])
  })
})
