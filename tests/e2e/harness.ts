// What the compose-guard tests do and read in the browser: open a platform's fixture, type into a
// box, find PostGuard's badge, marks and panel (in its open shadow root), and measure what the
// member sees (mark boxes against the words' own Range, the editor's text and caret).
import { existsSync } from "node:fs"
import { join } from "node:path"

import type { Locator, Page } from "playwright-core"

import { launchExtension, type LaunchedExtension } from "./extension-launch"
import {
  buildComposeFixtures,
  composeFixtureRoutes,
  FIXTURES_BUILD_DIR,
  type ComposePlatform
} from "./fixtures/compose/build-compose-fixtures"
import type { FixturePost } from "./fixtures/compose/fixture-kit"

export type { ComposePlatform, FixturePost }

/** PostGuard's own UI, as the compose-guard contract names it. */
export const GUARD = {
  root: "#postguard-root",
  badge: '[data-pg="badge"]',
  mark: '[data-pg="mark"]',
  tooltip: '[data-pg="tooltip"]',
  panel: '[data-pg="panel"]',
  supervisorInput: 'input[name="supervisor"]',
  reasonInput: 'textarea[name="reason"]',
  waiverCheckbox: 'input[type="checkbox"][name="waiver-confirmed"]'
} as const

/** The site markup each fixture reproduces (the selectors the contract says adapters target). */
export const SITE = {
  facebook: {
    composer: '[role="dialog"][aria-label="Create post"] [data-lexical-editor="true"]',
    composerPost: '[role="dialog"][aria-label="Create post"] div[role="button"][aria-label="Post"]',
    comment: '[data-lexical-editor="true"][aria-label="Write a comment…"]',
    reply: '[data-lexical-editor="true"][aria-label="Write a reply…"]'
  },
  x: {
    inline: 'main [data-testid="tweetTextarea_0"]',
    inlinePost: 'main button[data-testid="tweetButtonInline"]',
    dialog: '[role="dialog"] [data-testid="tweetTextarea_0"]',
    dialogPost: '[role="dialog"] button[data-testid="tweetButton"]',
    openDialog: '[data-testid="SideNav_NewTweet_Button"]'
  },
  instagram: {
    openCreate: 'svg[aria-label="New post"]',
    caption: '[role="dialog"] [contenteditable="true"][aria-label="Write a caption..."]',
    share: '[role="dialog"] div[role="button"]:text-is("Share")',
    comment: 'textarea[aria-label="Add a comment…"]',
    commentPost: 'form div[role="button"]:text-is("Post")'
  }
} as const

export const FIXTURE_URLS: Record<ComposePlatform, string> = {
  facebook: "https://www.facebook.com/ReddingPoliceDepartment",
  x: "https://x.com/home",
  instagram: "https://www.instagram.com/reddingpolice/"
}

export interface ComposeBrowser {
  extension: LaunchedExtension
  /** Uncaught errors of PostGuard's content scripts in this browser's tabs (they never reach pageerror). */
  extensionErrors: string[]
  /** One reusable tab per platform (tests share it; `fresh` reloads it first). */
  page(platform: ComposePlatform, options?: { path?: string; fresh?: boolean }): Promise<Page>
  close(): Promise<void>
}

/** Builds the fixtures unless this e2e run's global setup already did. */
export function ensureComposeFixtures(): void {
  if (process.env.POSTGUARD_E2E_BUILD_CHECKED && existsSync(join(FIXTURES_BUILD_DIR, "facebook.js"))) return
  buildComposeFixtures()
}

/** Collects uncaught exceptions thrown by extension scripts in the page (content scripts' isolated worlds). */
async function collectExtensionErrors(page: Page, errors: string[]): Promise<void> {
  const session = await page.context().newCDPSession(page)
  session.on("Runtime.exceptionThrown", ({ exceptionDetails }) => {
    if (!exceptionDetails.url?.startsWith("chrome-extension://")) return
    errors.push(exceptionDetails.exception?.description ?? exceptionDetails.text)
  })
  await session.send("Runtime.enable")
}

export async function openComposeBrowser(options: { withExtension?: boolean; collectErrors?: boolean } = {}): Promise<ComposeBrowser> {
  ensureComposeFixtures()
  const extension = await launchExtension({ routes: composeFixtureRoutes(), withExtension: options.withExtension })
  // tsx (the bench, scratch scripts) compiles with keepNames, wrapping named inner functions of
  // page.evaluate callbacks in __name(...), which the page lacks; vitest does not.
  await extension.context.addInitScript("globalThis.__name ??= (target) => target")
  const pages = new Map<ComposePlatform, Page>()
  const extensionErrors: string[] = []
  return {
    extension,
    extensionErrors,
    async page(platform, pageOptions = {}) {
      let page = pages.get(platform)
      const url = pageOptions.path ? new URL(pageOptions.path, FIXTURE_URLS[platform]).href : FIXTURE_URLS[platform]
      if (!page || page.isClosed()) {
        page = await extension.context.newPage()
        pages.set(platform, page)
        if (options.collectErrors ?? true) await collectExtensionErrors(page, extensionErrors)
        await gotoFixture(page, url)
      } else if (pageOptions.fresh || pageOptions.path) {
        await gotoFixture(page, url)
      }
      await page.bringToFront()
      return page
    },
    close: () => extension.close()
  }
}

export async function gotoFixture(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await page.waitForFunction(() => window.__fixtureReady === true)
}

export async function postsOf(page: Page): Promise<FixturePost[]> {
  return page.evaluate(() => window.__posts)
}

/** Clicks into a box and types like a member (real key events, one at a time). */
export async function typeInto(page: Page, editor: Locator, text: string, delay = 8): Promise<void> {
  await editor.click()
  await page.keyboard.type(text, { delay })
}

/** Empties a box with the keyboard (select all, delete), as a member would. */
export async function clearBox(page: Page, editor: Locator): Promise<void> {
  await editor.click()
  await page.keyboard.press("Control+A")
  await page.keyboard.press("Delete")
}

/**
 * The badge that belongs to a box: the contract does not tie badges to boxes by attribute, so
 * this takes the badge drawn nearest to the box (they sit "by the box").
 */
export async function badgeFor(page: Page, editor: Locator): Promise<Locator> {
  const box = await editor.boundingBox()
  if (!box) throw new Error("the compose box is not on screen")
  const badges = page.locator(GUARD.badge)
  const count = await badges.count()
  let nearest = -1
  let nearestDistance = Number.POSITIVE_INFINITY
  for (let index = 0; index < count; index += 1) {
    const badgeBox = await badges.nth(index).boundingBox()
    if (!badgeBox) continue
    const dx = Math.max(box.x - (badgeBox.x + badgeBox.width), badgeBox.x - (box.x + box.width), 0)
    const dy = Math.max(box.y - (badgeBox.y + badgeBox.height), badgeBox.y - (box.y + box.height), 0)
    const distance = Math.hypot(dx, dy)
    if (distance < nearestDistance) {
      nearestDistance = distance
      nearest = index
    }
  }
  if (nearest < 0) {
    const overlay = (await page.locator(GUARD.root).count()) > 0 ? "its overlay is in the page" : "its overlay (#postguard-root) is not in the page"
    throw new Error(`no visible PostGuard badge (${count} in the page; ${overlay})`)
  }
  return badges.nth(nearest)
}

/** The draft text and the caret/selection as UTF-16 offsets into it, read from the DOM. */
export interface EditorSnapshot {
  text: string
  selection: { anchor: number; focus: number } | null
  html: string
}

export async function snapshotEditor(editor: Locator): Promise<EditorSnapshot> {
  return editor.evaluate((element) => {
    const offsetOf = (node: Node, offset: number) => {
      const before = document.createRange()
      before.setStart(element, 0)
      before.setEnd(node, offset)
      return before.toString().length
    }
    const selection = document.getSelection()
    const inside =
      selection && selection.anchorNode && selection.focusNode && element.contains(selection.anchorNode) && element.contains(selection.focusNode)
    return {
      text: element instanceof HTMLTextAreaElement ? element.value : (element.textContent ?? ""),
      selection:
        element instanceof HTMLTextAreaElement
          ? { anchor: element.selectionStart, focus: element.selectionEnd }
          : inside && selection?.anchorNode && selection.focusNode
            ? { anchor: offsetOf(selection.anchorNode, selection.anchorOffset), focus: offsetOf(selection.focusNode, selection.focusOffset) }
            : null,
      html: element.innerHTML
    }
  })
}

/** A mark as drawn, and how it lines up with the client rects of the words it claims. */
export interface MarkGeometry {
  ruleId: string | null
  severity: string | null
  start: number
  end: number
  /** The draft's characters between data-start and data-end. */
  markedText: string
  /**
   * Share of the words' width the mark covers horizontally (1 = all of it); null for a textarea,
   * whose words have no DOM Range to compare with.
   */
  horizontalCoverage: number | null
  /** The mark stays within the words' line box (a textarea's box), give or take a few pixels for an underline. */
  onTheWords: boolean
}

/**
 * Reads the marks drawn over one box and, for each, builds a Range over the same UTF-16 offsets
 * of the editor's text nodes (how a single-paragraph draft maps onto the DOM), then compares boxes.
 */
export async function markGeometry(page: Page, editor: Locator): Promise<MarkGeometry[]> {
  const editorHandle = await editor.elementHandle()
  if (!editorHandle) throw new Error("no editor element")
  const marks = await page.locator(GUARD.mark).elementHandles()
  const results: MarkGeometry[] = []
  for (const mark of marks) {
    const geometry = await mark.evaluate((markNode, element): MarkGeometry | null => {
      const markElement = markNode as Element
      const slack = 4
      const markRect = markElement.getBoundingClientRect()
      const boxRect = element.getBoundingClientRect()
      const overBox =
        markRect.right > boxRect.left - slack &&
        markRect.left < boxRect.right + slack &&
        markRect.bottom > boxRect.top - slack &&
        markRect.top < boxRect.bottom + slack
      if (!overBox) return null
      const start = Number(markElement.getAttribute("data-start"))
      const end = Number(markElement.getAttribute("data-end"))
      const base = { ruleId: markElement.getAttribute("data-rule-id"), severity: markElement.getAttribute("data-severity"), start, end }
      if (element instanceof HTMLTextAreaElement) {
        return { ...base, markedText: element.value.slice(start, end), horizontalCoverage: null, onTheWords: true }
      }
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
      const range = document.createRange()
      let passed = 0
      let startSet = false
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent?.length ?? 0
        if (!startSet && start <= passed + length) {
          range.setStart(node, start - passed)
          startSet = true
        }
        if (startSet && end <= passed + length) {
          range.setEnd(node, end - passed)
          break
        }
        passed += length
      }
      const wordRects = [...range.getClientRects()].filter((rect) => rect.width > 0)
      const wordsWidth = wordRects.reduce((sum, rect) => sum + rect.width, 0)
      const covered = wordRects.reduce(
        (sum, rect) => sum + Math.max(0, Math.min(rect.right, markRect.right) - Math.max(rect.left, markRect.left)),
        0
      )
      const top = Math.min(...wordRects.map((rect) => rect.top))
      const bottom = Math.max(...wordRects.map((rect) => rect.bottom))
      return {
        ...base,
        markedText: (element.textContent ?? "").slice(start, end),
        horizontalCoverage: wordsWidth > 0 ? covered / wordsWidth : 0,
        onTheWords: wordRects.length > 0 && markRect.top >= top - slack && markRect.bottom <= bottom + slack
      }
    }, editorHandle)
    if (geometry) results.push(geometry)
  }
  return results
}
