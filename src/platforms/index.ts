// Which adapters watch a page: the site's own (chosen by host name from plasmo.config's match
// patterns) then the generic fallback; on PostGuard's own pages (the training sandbox) every
// site adapter, so the platform comes from the markup.
import type { Platform } from "~/engine/types"

import { PLATFORM_MATCHES } from "../../plasmo.config"
import type { PlatformAdapter } from "./adapter"
import { facebookAdapter } from "./facebook"
import { genericAdapter } from "./generic"
import { instagramAdapter } from "./instagram"
import { linkedinAdapter } from "./linkedin"
import { pinterestAdapter } from "./pinterest"
import { xAdapter } from "./x"

export type { ComposeTarget, PlatformAdapter } from "./adapter"
export { genericAdapter }

/** Instagram before Facebook: both use Lexical, and the caption box is the more specific match. */
export const SITE_ADAPTERS: readonly PlatformAdapter[] = [instagramAdapter, facebookAdapter, xAdapter, linkedinAdapter, pinterestAdapter]

export function platformForHost(hostname: string): Platform | null {
  for (const [platform, patterns] of Object.entries(PLATFORM_MATCHES)) {
    if (patterns.some((pattern) => new URL(pattern.replace(/\*$/, "")).hostname === hostname)) return platform as Platform
  }
  return null
}

/** The adapters for a page at `hostname`: its site's adapter and the fallback, or every adapter off-site. */
export function adaptersForHost(hostname: string): PlatformAdapter[] {
  const platform = platformForHost(hostname)
  const site = SITE_ADAPTERS.find((adapter) => adapter.platform === platform)
  return site ? [site, genericAdapter] : [...SITE_ADAPTERS, genericAdapter]
}
