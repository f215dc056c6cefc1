// One suite of compose-guard behaviours, run against each platform's fixture (as Harper runs one
// suite against each editor kind): what a member sees while typing, posting, approving and
// attaching. Platform files describe where their box and submit control are and add their own cases.
import type { Locator, Page } from "playwright-core"
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest"

import { analyze } from "~/engine/analyze"
import { reddingPack } from "~/engine/packs/redding"
import type { Finding, Platform, Surface } from "~/engine/types"
import { STORAGE_KEYS } from "~/shared/storage-keys"

import {
  badgeFor,
  clearBox,
  GUARD,
  markGeometry,
  openComposeBrowser,
  postsOf,
  snapshotEditor,
  typeInto,
  type ComposeBrowser,
  type ComposePlatform
} from "./harness"

/** Ends with the SSN, so deleting its 11 characters leaves a draft with nothing blocking. */
export const SSN_DRAFT = "Thanks for coming out tonight. His SSN is 123-45-6789"
export const SSN = "123-45-6789"
export const CLEAN_DRAFT = "Coffee with a Cop is Thursday at 8 a.m. at the Civic Center. See you there!"
/** Settles well past the guard's typing debounce and the next frame. */
export const SETTLE_MS = 700

export interface AuditEntry {
  id: string
  time: string
  platform: string
  surface: string
  ruleIds: string[]
  supervisor: string
  reason: string
  draftText?: string
}

/** The behaviours of the suite; secondary surfaces run the few that differ per surface. */
export type GuardCheck = "marks" | "tooltip" | "badge" | "caret" | "stop" | "release" | "override" | "waiver" | "addBox" | "broken"

export interface SurfaceUnderTest {
  platform: ComposePlatform
  /** The engine's name for the surface (what the guard reports and logs). */
  surface: Surface
  describeAs: string
  /** Opens the page (and whatever dialog holds the box); returns the page, fresh for each test. */
  open(browser: ComposeBrowser): Promise<Page>
  editor(page: Page): Locator
  /** Submits the way a member does on this surface (click the button, or press Enter). */
  submit(page: Page): Promise<void>
  /** A second way to submit (Ctrl+Enter on X), stopped the same way. */
  shortcut?: string
  attachMedia?(page: Page): Promise<void>
  /** Adds a box after load; returns the new box. */
  addBoxAfterLoad?(page: Page): Promise<Locator>
  /** The page variant whose submit control is missing. */
  openBroken?(browser: ComposeBrowser): Promise<Page>
  /** Photos already attached when the box opens (Instagram asks for the photo first). */
  attachmentsAtOpen?: number
  /** Brings the box back after a post went through (Instagram closes its dialog). */
  afterPost?(page: Page): Promise<void>
  /** Runs only these checks (default: all that the surface supports). */
  only?: GuardCheck[]
}

export function engineFindings(text: string, platform: Platform, surface: Surface, images = 0): Finding[] {
  return analyze({ text, platform, surface, attachments: { images, videos: 0 } }, reddingPack)
}

/** What the badge should say about a draft: the engine's verdict with the same pack. */
export function expectedBadgeState(findings: readonly Finding[]): "ok" | "warn" | "block" {
  if (findings.some((finding) => finding.severity === "block")) return "block"
  return findings.some((finding) => finding.severity === "warn") ? "warn" : "ok"
}

export async function expectBadgeState(page: Page, editor: Locator, state: string): Promise<Locator> {
  await expect.poll(async () => (await badgeFor(page, editor).catch(() => null))?.getAttribute("data-state"), { timeout: 8_000 }).toBe(state)
  return badgeFor(page, editor)
}

/** The toolbar icon's badge text for the tab showing `page`, read in the background worker. */
export async function toolbarBadgeText(browser: ComposeBrowser, page: Page): Promise<string> {
  const worker = await browser.extension.currentServiceWorker()
  if (!worker) throw new Error("the build has no background service worker to show the toolbar badge")
  return worker.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url })
    return tab?.id === undefined ? "(no tab)" : chrome.action.getBadgeText({ tabId: tab.id })
  }, page.url())
}

export async function readAuditLog(browser: ComposeBrowser): Promise<AuditEntry[]> {
  return (await browser.extension.readLocalStorage<AuditEntry[]>(STORAGE_KEYS.auditLog)) ?? []
}

async function typeBlockedDraft(page: Page, surface: SurfaceUnderTest): Promise<Locator> {
  const editor = surface.editor(page)
  await typeInto(page, editor, SSN_DRAFT)
  await expectBadgeState(page, editor, "block")
  return editor
}

/** One browser (with PostGuard) for the whole test file, shared by its suites. */
export function useComposeBrowser(): () => ComposeBrowser {
  let browser: ComposeBrowser | undefined
  beforeAll(async () => {
    browser = await openComposeBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })
  // The page must never see PostGuard throw; an error also explains a badge that never came.
  afterEach(() => {
    const thrown = browser?.extensionErrors.splice(0) ?? []
    expect(thrown, "uncaught errors in PostGuard's content scripts").toEqual([])
  })
  return () => {
    if (!browser) throw new Error("the browser did not start")
    return browser
  }
}

export function describeComposeGuard(useBrowser: () => ComposeBrowser, surface: SurfaceUnderTest): void {
  const findingsFor = (text: string, images = surface.attachmentsAtOpen ?? 0) => engineFindings(text, surface.platform, surface.surface, images)

  const runs = (check: GuardCheck) => !surface.only || surface.only.includes(check)
  const check = (name: GuardCheck, title: string, body: () => Promise<void>) => {
    if (runs(name)) it(title, body)
  }

  describe(surface.describeAs, () => {
    check("marks", "marks the SSN over its own digits, and every marked span is one the engine found", async () => {
      const page = await surface.open(useBrowser())
      const editor = await typeBlockedDraft(page, surface)
      const expected = findingsFor(SSN_DRAFT).filter((finding) => finding.start !== null)
      await expect.poll(async () => (await markGeometry(page, editor)).length).toBeGreaterThanOrEqual(expected.length)
      const marks = await markGeometry(page, editor)

      const ssnMark = marks.find((mark) => mark.ruleId === "privacy-ssn")
      expect(ssnMark?.markedText).toBe(SSN)
      expect(ssnMark?.severity).toBe("block")
      if (ssnMark?.horizontalCoverage !== null) expect(ssnMark?.horizontalCoverage).toBeGreaterThan(0.9)
      expect(ssnMark?.onTheWords).toBe(true)

      for (const finding of expected) {
        expect(marks).toContainEqual(expect.objectContaining({ ruleId: finding.ruleId, start: finding.start, end: finding.end }))
      }
      for (const mark of marks) expect(mark.markedText).toBe(SSN_DRAFT.slice(mark.start, mark.end))
    })

    check("tooltip", "shows the clause, why and fix when a mark is focused", async () => {
      const page = await surface.open(useBrowser())
      await typeBlockedDraft(page, surface)
      const ssnFinding = findingsFor(SSN_DRAFT).find((finding) => finding.ruleId === "privacy-ssn")
      const mark = page.locator(`${GUARD.mark}[data-rule-id="privacy-ssn"]`).first()
      await mark.focus()
      const tooltip = page.locator(GUARD.tooltip)
      await expect.poll(() => tooltip.isVisible()).toBe(true)
      const shown = (await tooltip.textContent()) ?? ""
      expect(shown).toContain(ssnFinding?.citation.clause)
      expect(shown).toContain(ssnFinding?.message)
      if (ssnFinding?.fix) expect(shown).toContain(ssnFinding.fix)
    })

    check("badge", "counts the blocking findings in the badge, and says no issues for a clean draft", async () => {
      const page = await surface.open(useBrowser())
      const editor = await typeBlockedDraft(page, surface)
      const blocking = findingsFor(SSN_DRAFT).filter((finding) => finding.severity === "block").length
      expect(await (await badgeFor(page, editor)).textContent()).toMatch(new RegExp(`PostGuard: ${blocking} blocking`))
      await expect.poll(() => toolbarBadgeText(useBrowser(), page)).toBe(String(blocking))

      await clearBox(page, editor)
      await page.keyboard.type(CLEAN_DRAFT, { delay: 5 })
      const cleanFindings = findingsFor(CLEAN_DRAFT)
      expect(cleanFindings.filter((finding) => finding.ruleId !== "media-waiver")).toEqual([])
      const badge = await expectBadgeState(page, editor, expectedBadgeState(cleanFindings))
      if (cleanFindings.length === 0) expect(await badge.textContent()).toBe("PostGuard: no issues")
      else expect(await badge.textContent()).toMatch(/^PostGuard: \d+ warning/)
    })

    check("caret", "leaves the draft, its markup and the caret exactly as typed after each check", async () => {
      const page = await surface.open(useBrowser())
      const editor = surface.editor(page)
      await typeInto(page, editor, SSN_DRAFT)
      const typed = await snapshotEditor(editor)
      expect(typed.text).toBe(SSN_DRAFT)
      expect(typed.selection).toEqual({ anchor: SSN_DRAFT.length, focus: SSN_DRAFT.length })
      await expectBadgeState(page, editor, "block")
      await page.waitForTimeout(SETTLE_MS)
      expect(await snapshotEditor(editor)).toEqual(typed)

      // Typing in the middle: the caret must stay right after the new characters through the re-check.
      for (let step = 0; step < SSN.length + 1; step += 1) await page.keyboard.press("ArrowLeft")
      await page.keyboard.type("now ", { delay: 20 })
      const edited = await snapshotEditor(editor)
      const caret = SSN_DRAFT.length - SSN.length - 1 + "now ".length
      expect(edited.text).toBe(`${SSN_DRAFT.slice(0, caret - 4)}now ${SSN_DRAFT.slice(caret - 4)}`)
      expect(edited.selection).toEqual({ anchor: caret, focus: caret })
      await page.waitForTimeout(SETTLE_MS)
      expect(await snapshotEditor(editor)).toEqual(edited)
    })

    check("stop", "stops the post while a blocker remains and lists it in the panel; Keep editing returns to the draft", async () => {
      const page = await surface.open(useBrowser())
      const editor = await typeBlockedDraft(page, surface)
      const before = await snapshotEditor(editor)
      await surface.submit(page)
      const panel = page.locator(GUARD.panel)
      await expect.poll(() => panel.isVisible()).toBe(true)
      expect(await panel.getAttribute("role")).toBe("dialog")
      for (const blocker of findingsFor(SSN_DRAFT).filter((finding) => finding.severity === "block")) {
        expect(await panel.textContent()).toContain(blocker.message)
      }
      expect(await postsOf(page)).toEqual([])
      await panel.getByRole("button", { name: "Keep editing" }).click()
      await expect.poll(() => panel.count()).toBe(0)
      expect((await snapshotEditor(editor)).text).toBe(before.text)
    })

    if (surface.shortcut) {
      const shortcut = surface.shortcut
      check("stop", `stops ${shortcut} the same way`, async () => {
        const page = await surface.open(useBrowser())
        const editor = await typeBlockedDraft(page, surface)
        await editor.focus()
        await page.keyboard.press(shortcut)
        await expect.poll(() => page.locator(GUARD.panel).isVisible()).toBe(true)
        expect(await postsOf(page)).toEqual([])
        expect((await snapshotEditor(editor)).text).toBe(SSN_DRAFT)
      })
    }

    check("release", "lets the post through once the draft is edited clean", async () => {
      const page = await surface.open(useBrowser())
      const editor = await typeBlockedDraft(page, surface)
      await editor.focus()
      await page.keyboard.press("End")
      for (let step = 0; step < SSN.length; step += 1) await page.keyboard.press("Backspace")
      const cleaned = SSN_DRAFT.slice(0, -SSN.length)
      expect(findingsFor(cleaned).filter((finding) => finding.severity === "block")).toEqual([])
      await expect.poll(async () => (await badgeFor(page, editor)).getAttribute("data-state"), { timeout: 8_000 }).not.toBe("block")
      await surface.submit(page)
      await expect.poll(() => postsOf(page)).toEqual([expect.objectContaining({ text: cleaned })])
      expect(await page.locator(GUARD.panel).count()).toBe(0)
    })

    check("override", "records a supervisor's approval in the audit log and lets that one post through", async () => {
      const page = await surface.open(useBrowser())
      const logBefore = await readAuditLog(useBrowser())
      let editor = await typeBlockedDraft(page, surface)
      await surface.submit(page)
      const panel = page.locator(GUARD.panel)
      await panel.getByRole("button", { name: "Request supervisor approval" }).click()
      await panel.locator(GUARD.supervisorInput).fill("Sgt. Dana Whitfield")
      await panel.locator(GUARD.reasonInput).fill("Court-ordered public notice; number is a published case reference")
      await panel.getByRole("button", { name: "Record approval and post" }).click()

      await expect.poll(() => postsOf(page)).toEqual([expect.objectContaining({ text: SSN_DRAFT })])
      const log = await readAuditLog(useBrowser())
      expect(log).toHaveLength(logBefore.length + 1)
      const entry = log[log.length - 1]
      expect(entry).toMatchObject({
        platform: surface.platform,
        surface: surface.surface,
        supervisor: "Sgt. Dana Whitfield",
        reason: "Court-ordered public notice; number is a published case reference"
      })
      expect(entry.ruleIds).toContain("privacy-ssn")
      expect(typeof entry.id).toBe("string")
      expect(new Date(entry.time).toISOString()).toBe(entry.time)
      expect(entry).not.toHaveProperty("draftText")

      // The approval covered that post only: the same draft again is stopped again.
      await surface.afterPost?.(page)
      editor = surface.editor(page)
      await typeInto(page, editor, SSN_DRAFT)
      await expectBadgeState(page, editor, "block")
      await surface.submit(page)
      await expect.poll(() => page.locator(GUARD.panel).isVisible()).toBe(true)
      expect(await postsOf(page)).toHaveLength(1)
    })

    if (surface.attachMedia) {
      const attachMedia = surface.attachMedia.bind(surface)
      check("waiver", "asks for the media waiver when a photo is attached, and clears it once confirmed", async () => {
        const page = await surface.open(useBrowser())
        const editor = surface.editor(page)
        await typeInto(page, editor, CLEAN_DRAFT)
        await expectBadgeState(page, editor, expectedBadgeState(findingsFor(CLEAN_DRAFT)))
        await attachMedia(page)
        const withPhoto = findingsFor(CLEAN_DRAFT, (surface.attachmentsAtOpen ?? 0) + 1)
        expect(withPhoto.map((finding) => finding.ruleId)).toEqual(["media-waiver"])
        const badge = await expectBadgeState(page, editor, expectedBadgeState(withPhoto))

        // The contract offers the waiver in the panel or the badge's menu: open it from the badge.
        const waiver = page.locator(GUARD.waiverCheckbox)
        if (!(await waiver.isVisible())) await badge.click()
        await expect.poll(() => waiver.isVisible()).toBe(true)
        await waiver.check()
        await expectBadgeState(page, editor, "ok")
        const panel = page.locator(GUARD.panel)
        if ((await panel.count()) > 0) await panel.getByRole("button", { name: "Keep editing" }).click()

        await surface.submit(page)
        const attachments = (surface.attachmentsAtOpen ?? 0) + 1
        await expect.poll(() => postsOf(page)).toEqual([expect.objectContaining({ text: CLEAN_DRAFT, attachments })])
      })
    }

    if (surface.addBoxAfterLoad) {
      const addBox = surface.addBoxAfterLoad.bind(surface)
      check("addBox", "picks up a box added after the page loaded", async () => {
        const page = await surface.open(useBrowser())
        const added = await addBox(page)
        await typeInto(page, added, SSN_DRAFT)
        await expectBadgeState(page, added, "block")
        const marks = await markGeometry(page, added)
        expect(marks.map((mark) => mark.markedText)).toContain(SSN)
      })
    }

    if (surface.openBroken) {
      const openBroken = surface.openBroken.bind(surface)
      check("broken", 'says "not monitored" when the page has no post button it can find', async () => {
        const page = await openBroken(useBrowser())
        const editor = surface.editor(page)
        await typeInto(page, editor, SSN_DRAFT)
        const badge = await expectBadgeState(page, editor, "unmonitored")
        expect(await badge.textContent()).toMatch(/^PostGuard: not monitored — .+/)
        await expect.poll(() => toolbarBadgeText(useBrowser(), page)).toBe("!")
      })
    }
  })
}
