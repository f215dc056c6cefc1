// What the toolbar icon shows for a tab's focused draft: the blocking count, or "!" when the draft
// cannot be monitored (never a blank that looks like a pass).
import type { DraftStatus } from "~/shared/messages"

export interface ToolbarBadge {
  text: string
  color: string
  title: string
}

type Translate = (key: string, ...substitutions: string[]) => string

const BLOCK_RED = "#b91c1c"
const UNMONITORED_GREY = "#475569"
const WARN_AMBER = "#b45309"

export function toolbarBadgeFor(status: DraftStatus, translate: Translate): ToolbarBadge {
  const name = translate("extName")
  if (!status.monitored) {
    // A page with no compose box open is not a gap in coverage: nothing to show.
    if (status.reason === "guard_reason_no_compose_box") return { text: "", color: UNMONITORED_GREY, title: name }
    return { text: "!", color: UNMONITORED_GREY, title: translate("guard_badge_not_monitored", translate(status.reason ?? "guard_reason_unreadable")) }
  }
  const blocking = status.findings.filter((finding) => finding.severity === "block").length
  const warnings = status.findings.filter((finding) => finding.severity === "warn").length
  if (blocking > 0) return { text: String(blocking), color: BLOCK_RED, title: translate("guard_toolbar_blocking", String(blocking)) }
  return { text: "", color: warnings > 0 ? WARN_AMBER : BLOCK_RED, title: warnings > 0 ? translate("guard_toolbar_warnings", String(warnings)) : name }
}
