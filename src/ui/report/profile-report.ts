// A filed profile-audit report: what was checked, when, on which page, and the results.
import type { AuditCheck, ProfileSnapshot } from "~/engine/profile/types"

export interface ProfileReport {
  createdAt: string
  agencyName: string
  pageUrl?: string
  profile: ProfileSnapshot
  checks: AuditCheck[]
}

export function reportSummary(report: ProfileReport): Record<AuditCheck["status"], number> {
  const summary = { pass: 0, fail: 0, unknown: 0 }
  for (const check of report.checks) summary[check.status]++
  return summary
}

export function reportToJson(report: ProfileReport): string {
  return `${JSON.stringify(report, null, 2)}\n`
}
