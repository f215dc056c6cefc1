// What a page-profile audit reads (About, bio, links, category, picture) and what it reports.
import type { PolicyPack } from "../packs/schema"
import type { Citation, Platform } from "../types"

export const PROFILE_SECTIONS = ["about", "comment-policy"] as const
export type ProfileSection = (typeof PROFILE_SECTIONS)[number]

export interface ProfileSnapshot {
  platform?: Platform
  pageName?: string
  /** The page type / category the platform shows ("Government organization"). */
  category?: string
  /** About / bio / intro text. */
  about?: string
  commentPolicy?: string
  /** Links the profile shows (website fields, link in bio); links inside `about` are found too. */
  links?: string[]
  commentsEnabled?: boolean
  /** Perceptual hash (hex) of the profile picture. */
  profilePictureHash?: string
}

export type AuditStatus = "pass" | "fail" | "unknown"

export interface TextDiffPart {
  kind: "same" | "missing" | "added"
  text: string
}

export interface AuditCheck {
  id: string
  title: string
  status: AuditStatus
  /** Why it passed, failed or cannot be told, in plain words. */
  reason: string
  citation: Citation
  /** For boilerplate texts: what is missing or changed against the required wording. */
  diff?: TextDiffPart[]
}

export interface ProfileCheck {
  id: string
  title: string
  sections: readonly ProfileSection[]
  citation: Citation
  run(profile: ProfileSnapshot, pack: PolicyPack): Pick<AuditCheck, "status" | "reason" | "diff">
}
