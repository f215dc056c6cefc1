// The engine's public contract: what a draft is and what a finding says about it.

export const PLATFORMS = ["facebook", "x", "instagram", "linkedin", "pinterest", "generic"] as const
export type Platform = (typeof PLATFORMS)[number]

export const SURFACES = ["post", "reply", "comment", "caption", "profile"] as const
export type Surface = (typeof SURFACES)[number]

export const SEVERITIES = ["block", "warn", "info"] as const
export type Severity = (typeof SEVERITIES)[number]

export const CATEGORIES = [
  "profanity",
  "discrimination",
  "sexual",
  "harassment",
  "privacy",
  "investigation",
  "safety",
  "professionalism",
  "personal-use",
  "commerce",
  "illegal-activity",
  "ownership",
  "authorization",
  "link-back",
  "media-waiver",
  "emergency-channel",
  "platform-limit"
] as const
export type Category = (typeof CATEGORIES)[number]

export interface Attachments {
  images: number
  videos: number
}

export interface Draft {
  text: string
  platform: Platform
  surface: Surface
  attachments: Attachments
}

/** What callers may pass: everything but the text has a default. */
export type DraftInput = Pick<Draft, "text"> & Partial<Omit<Draft, "text">>

export type PolicySource = "RPD 321" | "City policy"

export interface Citation {
  source: PolicySource
  /** Clause id as printed in the policy, e.g. "321.5(b)" or "Prohibited content" */
  clause: string
  /** Verbatim policy text the finding enforces. */
  quote: string
}

export interface Finding {
  ruleId: string
  category: Category
  severity: Severity
  /** UTF-16 offsets into Draft.text; null for whole-draft findings. */
  start: number | null
  end: number | null
  excerpt: string
  /** Why this is a problem, in plain words. */
  message: string
  /** How to fix it, when there is a clear fix. */
  fix?: string
  citation: Citation
}

export const SEVERITY_ORDER: Record<Severity, number> = { block: 0, warn: 1, info: 2 }
