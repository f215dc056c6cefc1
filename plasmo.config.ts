// The one list of where PostGuard runs and what it builds for. Content scripts, tests and the
// manifest settings read these; Plasmo itself cannot (see CONTENT_SCRIPT_MATCHES below).
import type { Platform } from "~/engine/types"

/** URL match patterns per platform the compose guard watches. */
export const PLATFORM_MATCHES = {
  facebook: ["https://www.facebook.com/*"],
  x: ["https://x.com/*", "https://twitter.com/*"],
  instagram: ["https://www.instagram.com/*"],
  linkedin: ["https://www.linkedin.com/*"],
  pinterest: ["https://www.pinterest.com/*"]
} as const satisfies Partial<Record<Platform, readonly string[]>>

/**
 * Every platform pattern, in the order the content scripts and the manifest's host_permissions
 * list them. Plasmo reads a content script's `export const config` by parsing that file alone
 * (an identifier must name a constant declared in the same file), so the content scripts repeat
 * this list literally and tests/contents/match-patterns.test.ts fails when a copy drifts.
 */
export const CONTENT_SCRIPT_MATCHES: readonly string[] = Object.values(PLATFORM_MATCHES).flat()

/** What `npm run build` produces: one Plasmo target each, built into build/<target>-prod. */
export const BUILD_TARGETS = ["chrome-mv3", "firefox-mv3"] as const
