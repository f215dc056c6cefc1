// Launches Debian's Chromium with the built PostGuard extension loaded and the social sites' hosts
// served from local fixture files (the network is closed here; see ../shared/E2E-NOTES.md).
import { execFileSync } from "node:child_process"
import { createHash } from "node:crypto"
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { extname, join, resolve } from "node:path"

import { chromium, type BrowserContext, type Page, type Route, type Worker } from "playwright-core"

export const PROJECT_ROOT = resolve(__dirname, "../..")
export const CHROMIUM_PATH = process.env.POSTGUARD_CHROMIUM ?? "/usr/bin/chromium"
/** The unpacked extension the tests load; POSTGUARD_EXTENSION_DIR points elsewhere (e.g. a scratch build). */
export const EXTENSION_DIR = resolve(process.env.POSTGUARD_EXTENSION_DIR ?? join(PROJECT_ROOT, "build/chrome-mv3-prod"))

/** Inputs of the extension build: when any is newer than the built manifest, the build is stale. */
const BUILD_INPUTS = ["src", "assets", "locales", "package.json", "plasmo.config.ts", "tsconfig.json"]
const BUILD_LOCK = "/tmp/postguard-build.lock"

/** What the caller serves at a host: every URL matching `url` (a Playwright glob) gets this fixture. */
export interface FixtureRoute {
  /** e.g. "https://www.facebook.com/**" */
  url: string
  /** Absolute path of the HTML page answered for page loads under `url`. */
  file: string
  /**
   * Directory whose files are answered for `/__fixtures__/<name>` under the same host (bundled
   * scripts, images). Other paths get `file`, like a single-page app's server.
   */
  assetsDir?: string
}

export interface LaunchOptions {
  routes?: FixtureRoute[]
  /** false launches the same browser without the extension (baseline for the latency bench). */
  withExtension?: boolean
  /**
   * "ifStale" rebuilds when src is newer than the build; "assert" only checks it exists. Defaults to
   * "assert" inside an e2e run (its global setup already built) and "ifStale" elsewhere.
   */
  build?: "ifStale" | "assert"
  viewport?: { width: number; height: number }
}

export interface LaunchedExtension {
  context: BrowserContext
  /** The unpacked extension's id (derived from its path, as Chromium does); "" without the extension. */
  extensionId: string
  /** The background service worker as launched, when the build declares one. */
  serviceWorker: Worker | undefined
  /** The worker running now (MV3 may stop and restart it; this waits for a restart). */
  currentServiceWorker(): Promise<Worker | undefined>
  readLocalStorage<T = unknown>(key: string): Promise<T | undefined>
  writeLocalStorage(key: string, value: unknown): Promise<void>
  removeLocalStorage(key: string): Promise<void>
  /** Adds (or replaces, Playwright matches the newest route first) a fixture route after launch. */
  routeFixture(route: FixtureRoute): Promise<void>
  close(): Promise<void>
}

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".map": "application/json"
}

function newestModification(path: string): number {
  if (!existsSync(path)) return 0
  const stats = statSync(path)
  if (!stats.isDirectory()) return stats.mtimeMs
  let newest = stats.mtimeMs
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestModification(join(path, entry)))
  return newest
}

export function extensionBuildIsStale(): boolean {
  const manifest = join(EXTENSION_DIR, "manifest.json")
  if (!existsSync(manifest)) return true
  const builtAt = statSync(manifest).mtimeMs
  return BUILD_INPUTS.some((input) => newestModification(join(PROJECT_ROOT, input)) > builtAt)
}

/**
 * Builds the Chrome target when the build is missing or older than its sources. Builds hold a
 * file lock so two test runs on this machine never write build/ at the same time.
 */
export function ensureExtensionBuilt(mode: "ifStale" | "assert" = "ifStale"): void {
  if (process.env.POSTGUARD_EXTENSION_DIR || mode === "assert") {
    if (!existsSync(join(EXTENSION_DIR, "manifest.json"))) {
      throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npm run build\` first.`)
    }
    return
  }
  if (!extensionBuildIsStale()) return
  execFileSync("flock", [BUILD_LOCK, "npx", "plasmo", "build", "--target=chrome-mv3"], {
    cwd: PROJECT_ROOT,
    stdio: ["ignore", "inherit", "inherit"]
  })
  if (!existsSync(join(EXTENSION_DIR, "manifest.json"))) {
    throw new Error(`The extension build did not produce ${EXTENSION_DIR}/manifest.json`)
  }
}

/** Chromium names an unpacked extension without a "key" by the SHA-256 of its absolute path, in a-p letters. */
export function unpackedExtensionId(directory: string): string {
  const hex = createHash("sha256").update(directory).digest("hex").slice(0, 32)
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join("")
}

interface ManifestShape {
  icons?: Record<string, string>
  background?: { service_worker?: string }
}

function readManifest(directory: string): ManifestShape {
  return JSON.parse(readFileSync(join(directory, "manifest.json"), "utf8")) as ManifestShape
}

/**
 * The directory Chromium loads. Debian's Chromium 156 here silently skips an unpacked extension
 * whose top-level "icons" lists a 48px-or-larger icon (measured: a bare manifest loads with a
 * 16 or 32px icon, not with 48, 64 or 128). Those entries only feed chrome://extensions, so the
 * tests load a copy without them; everything the member sees (content scripts, action icon) is
 * the build unchanged.
 */
function loadableExtensionDir(workDir: string): string {
  const manifest = readManifest(EXTENSION_DIR)
  const largeIcons = Object.keys(manifest.icons ?? {}).filter((size) => Number(size) >= 48)
  if (largeIcons.length === 0) return EXTENSION_DIR
  const copy = join(workDir, "extension")
  cpSync(EXTENSION_DIR, copy, { recursive: true })
  for (const size of largeIcons) delete manifest.icons?.[size]
  writeFileSync(join(copy, "manifest.json"), JSON.stringify(manifest))
  return copy
}

function chromiumArgs(extensionDir: string | undefined): string[] {
  const args = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync"
  ]
  if (extensionDir) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`)
  return args
}

async function serveFixture(route: Route, fixture: FixtureRoute): Promise<void> {
  const { pathname } = new URL(route.request().url())
  if (fixture.assetsDir && pathname.startsWith("/__fixtures__/")) {
    const file = join(fixture.assetsDir, pathname.slice("/__fixtures__/".length))
    if (!file.startsWith(fixture.assetsDir) || !existsSync(file)) {
      await route.fulfill({ status: 404, body: "no such fixture asset" })
      return
    }
    await route.fulfill({
      status: 200,
      contentType: CONTENT_TYPES[extname(file)] ?? "application/octet-stream",
      body: readFileSync(file)
    })
    return
  }
  // Anything else a page asks for at the host (favicon, a stray image) must not hang on the closed network.
  if (route.request().resourceType() !== "document") {
    await route.fulfill({ status: 204, body: "" })
    return
  }
  await route.fulfill({ status: 200, contentType: CONTENT_TYPES[".html"], body: readFileSync(fixture.file) })
}

interface StorageRequest {
  operation: "get" | "set" | "remove"
  key: string
  value?: unknown
}

/** Runs inside the extension (worker or page), so it may use only its argument and chrome.*. */
async function runStorageRequest({ operation, key, value }: StorageRequest): Promise<unknown> {
  if (operation === "set") return chrome.storage.local.set({ [key]: value })
  if (operation === "remove") return chrome.storage.local.remove(key)
  return (await chrome.storage.local.get(key))[key]
}

/** Any HTML page of the build: chrome.storage answers in extension documents, not in its JSON files. */
function extensionPageForStorage(extensionDir: string): string {
  const page = ["options.html", "popup.html"].find((name) => existsSync(join(extensionDir, name)))
  const anyPage = page ?? readdirSync(extensionDir).find((name) => name.endsWith(".html"))
  if (!anyPage) throw new Error(`The build at ${extensionDir} has neither a service worker nor an HTML page to read storage from.`)
  return anyPage
}

async function findServiceWorker(context: BrowserContext, extensionId: string): Promise<Worker | undefined> {
  const isOurs = (worker: Worker) => worker.url().startsWith(`chrome-extension://${extensionId}/`)
  const running = context.serviceWorkers().find(isOurs)
  if (running) return running
  return context
    .waitForEvent("serviceworker", { predicate: isOurs, timeout: 10_000 })
    .catch(() => context.serviceWorkers().find(isOurs))
}

export async function launchExtension(options: LaunchOptions = {}): Promise<LaunchedExtension> {
  const withExtension = options.withExtension ?? true
  if (withExtension) ensureExtensionBuilt(options.build ?? (process.env.POSTGUARD_E2E_BUILD_CHECKED ? "assert" : "ifStale"))
  const workDir = mkdtempSync(join(tmpdir(), "postguard-e2e-"))
  const extensionDir = withExtension ? loadableExtensionDir(workDir) : undefined
  const context = await chromium.launchPersistentContext(join(workDir, "profile"), {
    executablePath: CHROMIUM_PATH,
    headless: false,
    args: chromiumArgs(extensionDir),
    viewport: options.viewport ?? { width: 1280, height: 900 }
  })

  const routeFixture = async (fixture: FixtureRoute) => {
    await context.route(fixture.url, (route) => serveFixture(route, fixture))
  }
  for (const fixture of options.routes ?? []) await routeFixture(fixture)

  const extensionId = extensionDir ? unpackedExtensionId(extensionDir) : ""
  const serviceWorker = extensionDir && readManifest(extensionDir).background?.service_worker ? await findServiceWorker(context, extensionId) : undefined

  // Without a background worker, an extension page is the other place chrome.storage answers.
  let storagePage: Page | undefined
  const storageTarget = async (): Promise<Worker | Page> => {
    if (!extensionDir) throw new Error("This browser was launched without the extension: no extension storage.")
    const worker = serviceWorker && (await findServiceWorker(context, extensionId))
    if (worker) return worker
    if (!storagePage) {
      storagePage = await context.newPage()
      await storagePage.goto(`chrome-extension://${extensionId}/${extensionPageForStorage(extensionDir)}`)
    }
    return storagePage
  }

  const storageCall = async (request: StorageRequest): Promise<unknown> => {
    const target = await storageTarget()
    return "goto" in target ? target.evaluate(runStorageRequest, request) : target.evaluate(runStorageRequest, request)
  }

  return {
    context,
    extensionId,
    serviceWorker,
    currentServiceWorker: async () => (extensionDir && serviceWorker ? findServiceWorker(context, extensionId) : undefined),
    async readLocalStorage<T>(key: string) {
      return (await storageCall({ operation: "get", key })) as T | undefined
    },
    async writeLocalStorage(key, value) {
      await storageCall({ operation: "set", key, value })
    },
    async removeLocalStorage(key) {
      await storageCall({ operation: "remove", key })
    },
    routeFixture,
    async close() {
      await context.close()
      rmSync(workDir, { recursive: true, force: true })
    }
  }
}
