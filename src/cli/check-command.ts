// postguard check FILE|- [--platform P] [--surface S] [--pack PATH] [--json]
// postguard check --jsonl FILE|- [--pack PATH]
import { analyze } from "../engine/analyze"
import type { PolicyPack } from "../engine/packs/schema"
import { PLATFORMS, SURFACES, type Draft, type Finding, type Severity } from "../engine/types"
import { EXIT_BAD_INPUT, EXIT_BLOCKED, EXIT_OK, UsageError, loadPack, oneOf, parseCommandArgs, readInput, type CommandIo } from "./cli-io"
import { parseDraftLines } from "./jsonl-drafts"

export const CHECK_USAGE = `Usage:
  postguard check FILE|- [--platform ${PLATFORMS.join("|")}] [--surface ${SURFACES.join("|")}]
                  [--images N] [--videos N] [--pack PATH] [--json]
  postguard check --jsonl FILE|- [--pack PATH]

Checks a draft against the policy pack (the built-in Redding pack unless --pack is given).
Exit status: 0 no block finding, 1 at least one block finding, 2 bad input.
With --jsonl, every input line {"id","text","platform"?,"surface"?,"attachments"?} gives one
output line {"id","findings"} (or {"id","error"} for a bad line; the other lines still run, and
the exit status is 2 when any line was bad).`

const SEVERITY_LABEL: Record<Severity, string> = { block: "BLOCK", warn: "WARN ", info: "INFO " }

function hasBlock(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === "block")
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset)
  const line = before.split("\n").length
  const column = offset - before.lastIndexOf("\n")
  return `line ${line}, column ${column}`
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`
}

/** The human-readable report for one draft. */
export function formatReport(draft: Draft, findings: readonly Finding[], pack: PolicyPack): string {
  const lines: string[] = []
  for (const finding of findings) {
    const where = finding.start === null ? "whole draft" : lineAndColumn(draft.text, finding.start)
    lines.push(`${SEVERITY_LABEL[finding.severity]}  ${finding.ruleId}  (${finding.citation.source} ${finding.citation.clause})`)
    lines.push(`       ${where}: "${finding.excerpt}"`)
    lines.push(`       Why: ${finding.message}`)
    if (finding.fix) lines.push(`       Fix: ${finding.fix}`)
    lines.push(`       Policy: "${finding.citation.quote}"`)
    lines.push("")
  }
  const counts = (["block", "warn", "info"] as const).map(
    (severity) => `${findings.filter((finding) => finding.severity === severity).length} ${severity}`
  )
  const verdict = hasBlock(findings)
    ? "do not post: fix the BLOCK findings first."
    : findings.length
      ? "may be posted; review the warnings."
      : "no findings."
  const tally = findings.length ? `${plural(findings.length, "finding")} (${counts.join(", ")}); ${verdict}` : verdict
  lines.push(`${draft.platform} ${draft.surface}, ${pack.agencyName} pack: ${tally}`)
  return `${lines.join("\n")}\n`
}

function count(value: string | undefined, flag: string): number {
  if (value === undefined) return 0
  if (!/^\d+$/.test(value)) throw new UsageError(`${flag} must be a whole number (got "${value}")`)
  return Number(value)
}

export async function runCheck(args: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    platform: { type: "string" },
    surface: { type: "string" },
    pack: { type: "string" },
    images: { type: "string" },
    videos: { type: "string" },
    jsonl: { type: "boolean" },
    json: { type: "boolean" },
    help: { type: "boolean", short: "h" }
  })
  if (values.help) {
    io.stdout(`${CHECK_USAGE}\n`)
    return EXIT_OK
  }
  if (positionals.length > 1) throw new UsageError(`check takes one input, got ${positionals.length}: ${positionals.join(" ")}`)
  const platform = oneOf(values.platform, PLATFORMS, "--platform")
  const surface = oneOf(values.surface, SURFACES, "--surface")
  const pack = loadPack(values.pack, io)

  if (values.jsonl) {
    if (platform || surface || values.images || values.videos) {
      throw new UsageError("with --jsonl, give platform, surface and attachments on each line, not as flags")
    }
    const content = await readInput(positionals[0], io, "JSON-lines input")
    let blocked = false
    let badLines = 0
    for (const line of parseDraftLines(content)) {
      if (!line.ok) {
        badLines++
        io.stdout(`${JSON.stringify({ id: line.id, error: `line ${line.lineNumber}: ${line.error}` })}\n`)
        continue
      }
      const findings = analyze(line.draft, pack)
      blocked ||= hasBlock(findings)
      io.stdout(`${JSON.stringify({ id: line.id, findings })}\n`)
    }
    if (badLines) io.stderr(`postguard check: ${plural(badLines, "bad input line")} (see the "error" lines)\n`)
    return badLines ? EXIT_BAD_INPUT : blocked ? EXIT_BLOCKED : EXIT_OK
  }

  const attachments = { images: count(values.images, "--images"), videos: count(values.videos, "--videos") }
  // A file or `echo` ends the draft with a newline that is not part of the post.
  const text = (await readInput(positionals[0], io)).replace(/\r?\n$/, "")
  const draft: Draft = { text, platform: platform ?? "generic", surface: surface ?? "post", attachments }
  const findings = analyze(draft, pack)
  io.stdout(values.json ? `${JSON.stringify(findings, null, 2)}\n` : formatReport(draft, findings, pack))
  return hasBlock(findings) ? EXIT_BLOCKED : EXIT_OK
}
