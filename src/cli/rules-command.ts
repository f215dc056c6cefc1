// postguard rules [--pack PATH] [--json]: the rule catalog, generated from each rule's metadata.
import { effectiveSeverity } from "../engine/analyze"
import { ALL_RULES } from "../engine/rules"
import { EXIT_OK, UsageError, loadPack, parseCommandArgs, type CommandIo } from "./cli-io"

export const RULES_USAGE = `Usage:
  postguard rules [--pack PATH] [--json]

Lists every rule: id, severity under the pack (default: the built-in Redding pack), category,
the policy clause it enforces and its title.`

export async function runRules(args: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    pack: { type: "string" },
    json: { type: "boolean" },
    help: { type: "boolean", short: "h" }
  })
  if (values.help) {
    io.stdout(`${RULES_USAGE}\n`)
    return EXIT_OK
  }
  if (positionals.length) throw new UsageError(`rules takes no arguments, got: ${positionals.join(" ")}`)
  const pack = loadPack(values.pack, io)
  const catalog = ALL_RULES.map((rule) => ({
    id: rule.id,
    title: rule.title,
    category: rule.category,
    defaultSeverity: rule.defaultSeverity,
    severity: effectiveSeverity(rule, pack) ?? "off",
    citation: rule.citation,
    rationale: rule.rationale
  }))
  if (values.json) {
    io.stdout(`${JSON.stringify(catalog, null, 2)}\n`)
    return EXIT_OK
  }
  const idWidth = Math.max(...catalog.map((entry) => entry.id.length))
  const categoryWidth = Math.max(...catalog.map((entry) => entry.category.length))
  const sourceWidth = Math.max(...catalog.map((entry) => `${entry.citation.source} ${entry.citation.clause}`.length))
  for (const entry of catalog) {
    const source = `${entry.citation.source} ${entry.citation.clause}`
    io.stdout(
      `${entry.id.padEnd(idWidth)}  ${entry.severity.padEnd(5)}  ${entry.category.padEnd(categoryWidth)}  ${source.padEnd(sourceWidth)}  ${entry.title}\n`
    )
  }
  io.stdout(`${catalog.length} rules (${pack.agencyName} pack).\n`)
  return EXIT_OK
}
