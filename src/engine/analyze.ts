// analyze(draft, pack) -> Finding[]: runs every enabled rule of the pack, then merges and sorts.
import { createRuleContext } from "./context"
import { reddingPack } from "./packs/redding"
import type { PolicyPack } from "./packs/schema"
import type { Rule, RuleMatch } from "./rule"
import { ALL_RULES } from "./rules"
import {
  PLATFORMS,
  SEVERITY_ORDER,
  SURFACES,
  type Draft,
  type DraftInput,
  type Finding,
  type Severity
} from "./types"

const EXCERPT_LIMIT = 120

export function toDraft(input: DraftInput): Draft {
  const platform = input.platform && PLATFORMS.includes(input.platform) ? input.platform : "generic"
  const surface = input.surface && SURFACES.includes(input.surface) ? input.surface : "post"
  const images = Math.max(0, Math.floor(Number(input.attachments?.images) || 0))
  const videos = Math.max(0, Math.floor(Number(input.attachments?.videos) || 0))
  return { text: typeof input.text === "string" ? input.text : "", platform, surface, attachments: { images, videos } }
}

/** The severity a rule runs at under a pack, or null when the pack turns it off. */
export function effectiveSeverity(rule: Rule, pack: PolicyPack): Severity | null {
  const setting = pack.ruleSeverities[rule.id]
  if (setting === "off") return null
  return setting ?? rule.defaultSeverity
}

function excerptOf(text: string, start: number | null, end: number | null): string {
  const raw = start === null || end === null ? text : text.slice(start, end)
  const flat = raw.replace(/\s+/g, " ").trim()
  return flat.length > EXCERPT_LIMIT ? `${flat.slice(0, EXCERPT_LIMIT - 1)}…` : flat
}

function clampSpan(match: RuleMatch, length: number): { start: number | null; end: number | null } {
  if (match.start === null || match.end === null) return { start: null, end: null }
  const start = Math.max(0, Math.min(length, Math.floor(match.start)))
  const end = Math.max(start, Math.min(length, Math.floor(match.end)))
  return { start, end }
}

export function analyze(input: DraftInput, pack: PolicyPack = reddingPack, rules: readonly Rule[] = ALL_RULES): Finding[] {
  const draft = toDraft(input)
  const context = createRuleContext(draft, pack)
  const findings: Finding[] = []
  const seen = new Set<string>()
  for (const rule of rules) {
    const severity = effectiveSeverity(rule, pack)
    if (!severity) continue
    let matches: RuleMatch[]
    try {
      matches = rule.detect(context)
    } catch (error) {
      // A broken check must be visible, never a silent pass.
      matches = [
        {
          start: null,
          end: null,
          message: `This check could not run (${error instanceof Error ? error.message : String(error)}). Review the draft for this rule by hand.`
        }
      ]
    }
    for (const match of matches) {
      const { start, end } = clampSpan(match, draft.text.length)
      const key = `${rule.id}:${start}:${end}`
      if (seen.has(key)) continue
      seen.add(key)
      findings.push({
        ruleId: rule.id,
        category: match.category ?? rule.category,
        severity,
        start,
        end,
        excerpt: excerptOf(draft.text, start, end),
        message: match.message,
        ...(match.fix ? { fix: match.fix } : {}),
        citation: rule.citation
      })
    }
  }
  return findings.sort(compareFindings)
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    (a.start ?? -1) - (b.start ?? -1) ||
    a.ruleId.localeCompare(b.ruleId)
  )
}

export function blockingFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => finding.severity === "block")
}
