// The 321.6 annual review: counts by rule, platform and month of blocked drafts, supervisor
// overrides and removed comments, from the local logs.
import Papa from "papaparse"

/** The fields of a logged event the review counts; audit-log entries and archive records both fit. */
export interface ReviewEvent {
  /** ISO time of the event. */
  time: string
  platform: string
  ruleIds: readonly string[]
  /** The approving supervisor, for overrides. */
  supervisor?: string
}

export const REVIEW_KINDS = ["blocked", "overridden", "removed"] as const
export type ReviewKind = (typeof REVIEW_KINDS)[number]

export interface KindSummary {
  total: number
  byRule: Record<string, number>
  byPlatform: Record<string, number>
  /** Index 0 = January of the review year. */
  byMonth: number[]
  bySupervisor: Record<string, number>
}

export interface AnnualReview {
  year: number
  kinds: Record<ReviewKind, KindSummary>
}

function emptySummary(): KindSummary {
  return { total: 0, byRule: {}, byPlatform: {}, byMonth: Array.from({ length: 12 }, () => 0), bySupervisor: {} }
}

function increment(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1
}

/** Months are taken in the agency's local time zone: a post at 11 p.m. on 31 December belongs to December. */
export function annualReview(year: number, events: Record<ReviewKind, readonly ReviewEvent[]>, timeZone = "America/Los_Angeles"): AnnualReview {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "numeric" })
  const kinds = Object.fromEntries(REVIEW_KINDS.map((kind) => [kind, emptySummary()])) as Record<ReviewKind, KindSummary>
  for (const kind of REVIEW_KINDS) {
    for (const event of events[kind]) {
      const date = new Date(event.time)
      if (Number.isNaN(date.getTime())) continue
      const local = Object.fromEntries(parts.formatToParts(date).map((part) => [part.type, part.value]))
      if (Number(local.year) !== year) continue
      const summary = kinds[kind]
      summary.total++
      summary.byMonth[Number(local.month) - 1]++
      increment(summary.byPlatform, event.platform)
      for (const ruleId of new Set(event.ruleIds)) increment(summary.byRule, ruleId)
      if (event.supervisor) increment(summary.bySupervisor, event.supervisor)
    }
  }
  return { year, kinds }
}

export function annualReviewToCsv(review: AnnualReview): string {
  const rows: (string | number)[][] = []
  for (const kind of REVIEW_KINDS) {
    const summary = review.kinds[kind]
    rows.push([review.year, kind, "total", "", summary.total])
    summary.byMonth.forEach((count, month) => rows.push([review.year, kind, "month", String(month + 1).padStart(2, "0"), count]))
    for (const [platform, count] of sorted(summary.byPlatform)) rows.push([review.year, kind, "platform", platform, count])
    for (const [ruleId, count] of sorted(summary.byRule)) rows.push([review.year, kind, "rule", ruleId, count])
    for (const [supervisor, count] of sorted(summary.bySupervisor)) rows.push([review.year, kind, "supervisor", supervisor, count])
  }
  return Papa.unparse({ fields: ["year", "kind", "dimension", "key", "count"], data: rows }, { escapeFormulae: true, newline: "\r\n" })
}


/** Largest count first, then by key, so reports read the same every time. */
export function sorted(counts: Record<string, number>): [string, number][] {
  return Object.entries(counts).sort(([keyA, a], [keyB, b]) => b - a || keyA.localeCompare(keyB))
}
