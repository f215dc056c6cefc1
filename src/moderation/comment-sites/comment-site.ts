// How a platform shows comments on the agency's own pages: one site per file.
import type { PolicyPack } from "~/engine/packs/schema"
import type { Platform } from "~/engine/types"

export interface VisibleComment {
  /** The comment's own element: marked in place and watched for removal. */
  element: HTMLElement
  text: string
  posterName: string | null
  posterProfileUrl: string | null
  postedAt: string | null
  commentUrl: string | null
}

export interface CommentSite {
  platform: Platform
  /** Whether the open page is one of the agency's own (its page, profile or one of its posts). */
  isAgencyPage(location: Location | URL, document: Document, pack: PolicyPack): boolean
  /** The post the comments belong to. */
  postUrl(location: Location | URL): string
  findComments(document: Document): VisibleComment[]
  /** The text of the post the comments answer, where the page shows it (null when it cannot be found). */
  postText(document: Document): string | null
}

export function absoluteUrl(href: string | null | undefined, base: string): string | null {
  if (!href) return null
  try {
    return new URL(href, base).href
  } catch {
    return null
  }
}

export function isoOrNull(value: string | null | undefined): string | null {
  if (!value) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

/** The first path segment, lower-cased: the handle in facebook.com/Handle, x.com/Handle, instagram.com/handle. */
export function firstPathSegment(location: Location | URL): string {
  return decodeURIComponent(location.pathname.split("/").filter(Boolean)[0] ?? "").toLowerCase()
}

export function handlesOf(pack: PolicyPack, platform: keyof PolicyPack["officialHandles"]): Set<string> {
  return new Set(pack.officialHandles[platform].map((handle) => handle.replace(/^@/, "").toLowerCase()))
}
