// postguard profile FILE|- --section about|comment-policy [--pack PATH] [--json]: audits a pasted
// About or Comment Policy text against the City boilerplate rules.
import { auditProfile } from "../engine/profile/audit"
import { PROFILE_SECTIONS, type AuditCheck, type AuditStatus, type ProfileSnapshot, type TextDiffPart } from "../engine/profile/types"
import { EXIT_BLOCKED, EXIT_OK, UsageError, loadPack, oneOf, parseCommandArgs, readInput, type CommandIo } from "./cli-io"

export const PROFILE_USAGE = `Usage:
  postguard profile FILE|- --section ${PROFILE_SECTIONS.join("|")} [--pack PATH] [--json]

Audits a page's pasted About or Comment Policy text against the City's required statements and
links. One line per check: pass, FAIL or cannot tell (the text alone does not show it), with the
reason; a changed required paragraph is shown as a word diff ([-missing-] {+added+}).
Exit status: 0 no check failed, 1 at least one failed, 2 bad input.`

const STATUS_LABEL: Record<AuditStatus, string> = { pass: "pass       ", fail: "FAIL       ", unknown: "cannot tell" }

function formatDiff(parts: readonly TextDiffPart[]): string {
  return parts
    .map((part) => (part.kind === "missing" ? `[-${part.text}-]` : part.kind === "added" ? `{+${part.text}+}` : part.text))
    .join(" ")
}

function formatChecks(checks: readonly AuditCheck[]): string {
  const lines: string[] = []
  for (const check of checks) {
    lines.push(`${STATUS_LABEL[check.status]}  ${check.title} (${check.citation.source}: ${check.citation.clause}): ${check.reason}`)
    if (check.diff?.some((part) => part.kind !== "same")) lines.push(`             ${formatDiff(check.diff)}`)
  }
  const failed = checks.filter((check) => check.status === "fail").length
  const unknown = checks.filter((check) => check.status === "unknown").length
  lines.push(`${checks.length} checks: ${checks.length - failed - unknown} pass, ${failed} fail, ${unknown} cannot tell from the text.`)
  return `${lines.join("\n")}\n`
}

export async function runProfile(args: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    section: { type: "string" },
    pack: { type: "string" },
    json: { type: "boolean" },
    help: { type: "boolean", short: "h" }
  })
  if (values.help) {
    io.stdout(`${PROFILE_USAGE}\n`)
    return EXIT_OK
  }
  const section = oneOf(values.section, PROFILE_SECTIONS, "--section")
  if (!section) throw new UsageError(`--section is required: ${PROFILE_SECTIONS.join(" or ")}`)
  if (positionals.length > 1) throw new UsageError(`profile takes one input, got ${positionals.length}: ${positionals.join(" ")}`)
  const pack = loadPack(values.pack, io)
  const text = await readInput(positionals[0], io, `${section} text`)
  const profile: ProfileSnapshot = section === "about" ? { about: text } : { commentPolicy: text, commentsEnabled: true }
  const checks = auditProfile(profile, pack, [section])
  io.stdout(values.json ? `${JSON.stringify(checks, null, 2)}\n` : formatChecks(checks))
  return checks.some((check) => check.status === "fail") ? EXIT_BLOCKED : EXIT_OK
}
