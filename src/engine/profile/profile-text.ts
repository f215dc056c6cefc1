// Shared readers over a profile snapshot: its texts, its links, notice phrases.
import * as linkify from "linkifyjs"

import type { ProfileSnapshot } from "./types"

export function profileTexts(profile: ProfileSnapshot): string {
  return [profile.about, profile.commentPolicy].filter(Boolean).join("\n")
}

/** Every link the profile shows or mentions, as absolute URLs. */
export function profileLinks(profile: ProfileSnapshot): URL[] {
  const raw = [...(profile.links ?? [])]
  for (const found of linkify.find(profileTexts(profile), "url")) raw.push(found.href)
  const urls: URL[] = []
  for (const link of raw) {
    try {
      urls.push(new URL(/^[a-z]+:\/\//i.test(link) ? link : `https://${link}`))
    } catch {
      // A link the page shows that is not a URL cannot satisfy a link check; skip it.
    }
  }
  return urls
}

function hostKey(url: URL): string {
  return url.hostname.toLowerCase().replace(/^www\./, "")
}

function pathKey(url: URL): string {
  return url.pathname.replace(/\/+$/, "").toLowerCase()
}

export function sameSite(a: URL, b: URL): boolean {
  return hostKey(a) === hostKey(b)
}

export function samePage(a: URL, b: URL): boolean {
  return sameSite(a, b) && pathKey(a) === pathKey(b)
}

/** Collapses quotes, dashes and whitespace so notices can be matched by phrase. */
export function flatten(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[“”„]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, " ")
}
