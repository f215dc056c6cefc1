// What the extension-page tests share: opening the built extension's own pages, screenshots a
// person looks at, reading what a download saved, and the policy's own boilerplate quotes.
import { mkdirSync, readFileSync } from "node:fs"
import { join } from "node:path"

import type { Download, Page } from "playwright-core"

import { launchExtension, PROJECT_ROOT, type FixtureRoute, type LaunchedExtension } from "../extension-launch"

export const SCREENSHOT_DIR = join(PROJECT_ROOT, "tests/e2e/screenshots")
/** The policy text the boilerplate checks quote (a copy of ../shared/policy kept in the repository). */
export const POLICY_FILE = join(PROJECT_ROOT, "tests/fixtures/policy/redding-social-media-policy.md")

/** Long enough for a cold Chromium start plus a build check on two busy cores. */
export const LAUNCH_TIMEOUT_MS = 180_000
export const STEP_TIMEOUT_MS = 60_000

export interface ExtensionPages {
  extension: LaunchedExtension
  /** chrome-extension://<id>/<path> */
  url(path: string): string
  /** Opens one of the extension's pages in a new tab and waits for React to render into it. */
  open(path: string, ready: string): Promise<Page>
  close(): Promise<void>
}

export async function openExtensionPages(routes: FixtureRoute[] = []): Promise<ExtensionPages> {
  const extension = await launchExtension({ routes })
  const url = (path: string) => `chrome-extension://${extension.extensionId}/${path.replace(/^\//, "")}`
  return {
    extension,
    url,
    async open(path, ready) {
      const page = await extension.context.newPage()
      await page.goto(url(path))
      await page.locator(ready).first().waitFor({ timeout: STEP_TIMEOUT_MS })
      return page
    },
    close: () => extension.close()
  }
}

/** Taller pages (the rule catalog) are slow or impossible to capture whole: their first screen is taken. */
const FULL_PAGE_MAX_HEIGHT = 4_000

/** Screenshot under tests/e2e/screenshots/<name>.png, for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  const path = join(SCREENSHOT_DIR, `${name}.png`)
  const height = await page.evaluate(() => document.documentElement.scrollHeight)
  await page.screenshot({ path, fullPage: height <= FULL_PAGE_MAX_HEIGHT })
  return path
}

export interface SavedFile {
  filename: string
  text: string
}

/** Runs the click that starts a download and returns the saved file's name and contents. */
export async function downloadFrom(page: Page, click: () => Promise<void>): Promise<SavedFile> {
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: STEP_TIMEOUT_MS }), click()])
  return { filename: download.suggestedFilename(), text: await savedText(download) }
}

async function savedText(download: Download): Promise<string> {
  const path = await download.path()
  return readFileSync(path, "utf8")
}

/**
 * The policy's required wording that follows `introduction` (the sentence that announces it), as
 * a supervisor would copy it: the text between the curly quotes, with Markdown's <url> brackets
 * dropped.
 */
export function policyQuoteAfter(introduction: string): string {
  const policy = readFileSync(POLICY_FILE, "utf8")
  const start = policy.indexOf(introduction)
  if (start < 0) throw new Error(`The policy no longer says “${introduction}”`)
  const quoted = policy.slice(start + introduction.length).match(/“([^”]+)”/)
  if (!quoted) throw new Error(`No quoted text follows “${introduction}” in the policy`)
  return quoted[1].replace(/<(https?:[^>\s]+)>/g, "$1")
}

/**
 * Words a user reads on a page that are still raw message keys (e.g. "options_save"): whole words
 * in snake_case, so a URL such as view_video.php is not one.
 */
export async function rawMessageKeys(page: Page): Promise<string[]> {
  const words = (await page.locator("body").innerText()).split(/\s+/).map((word) => word.replace(/^[("“]+|[)”".,:;!?]+$/g, ""))
  return [...new Set(words.filter((word) => /^[a-z]+(?:_[a-z0-9]+)+$/.test(word)))]
}
