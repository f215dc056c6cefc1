// Comment moderation assist on the agency's own Facebook, X and Instagram pages.
import type { PlasmoCSConfig } from "plasmo"

import { facebookComments } from "~/moderation/comment-sites/facebook"
import { instagramComments } from "~/moderation/comment-sites/instagram"
import { xComments } from "~/moderation/comment-sites/x"
import type { CommentSite } from "~/moderation/comment-sites/comment-site"
import { ModerationController } from "~/moderation/moderation-controller"
import { loadActivePack, watchActivePack } from "~/shared/active-pack"

export const config: PlasmoCSConfig = {
  matches: ["https://www.facebook.com/*", "https://x.com/*", "https://twitter.com/*", "https://www.instagram.com/*"],
  run_at: "document_idle"
}

const SITES: Record<string, CommentSite> = {
  "www.facebook.com": facebookComments,
  "x.com": xComments,
  "twitter.com": xComments,
  "www.instagram.com": instagramComments
}

async function startModeration(): Promise<void> {
  const site = SITES[location.hostname]
  if (!site) return
  const controller = new ModerationController(site, (await loadActivePack()).pack, new AbortController().signal)
  watchActivePack((active) => controller.setPack(active.pack))
  await controller.start()
}

startModeration().catch((error) => console.warn("PostGuard moderation assist stopped:", error))
