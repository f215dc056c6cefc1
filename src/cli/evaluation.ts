// Scores the engine on labeled drafts: per-category precision/recall of block findings and the
// false-positive rate on drafts that must get no block finding.
import { analyze } from "../engine/analyze"
import type { PolicyPack } from "../engine/packs/schema"
import { CATEGORIES, type Category } from "../engine/types"
import type { DraftLine } from "./jsonl-drafts"

export interface CategoryScore {
  category: Category
  truePositives: number
  falsePositives: number
  falseNegatives: number
  precision: number | null
  recall: number | null
}

export interface LineOutcome {
  id: string
  expected: Category[]
  predicted: Category[]
  missed: Category[]
  extra: Category[]
}

export interface EvaluationReport {
  lines: number
  invalidLines: Array<{ id: string; lineNumber: number; error: string }>
  categories: CategoryScore[]
  cleanLines: number
  cleanLinesBlocked: number
  exactMatches: number
  outcomes: LineOutcome[]
}

function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator
}

export function evaluate(lines: readonly DraftLine[], pack: PolicyPack): EvaluationReport {
  const counts = new Map<Category, { tp: number; fp: number; fn: number }>(
    CATEGORIES.map((category) => [category, { tp: 0, fp: 0, fn: 0 }])
  )
  const invalidLines: EvaluationReport["invalidLines"] = []
  const outcomes: LineOutcome[] = []
  let cleanLines = 0
  let cleanLinesBlocked = 0
  let exactMatches = 0
  for (const line of lines) {
    if (!line.ok) {
      invalidLines.push({ id: line.id, lineNumber: line.lineNumber, error: line.error })
      continue
    }
    if (!line.expect) {
      invalidLines.push({ id: line.id, lineNumber: line.lineNumber, error: 'no "expect" list' })
      continue
    }
    const expected = [...new Set(line.expect)]
    const predicted = [
      ...new Set(
        analyze(line.draft, pack)
          .filter((finding) => finding.severity === "block")
          .map((finding) => finding.category)
      )
    ]
    for (const category of CATEGORIES) {
      const count = counts.get(category)!
      const isExpected = expected.includes(category)
      const isPredicted = predicted.includes(category)
      if (isExpected && isPredicted) count.tp++
      else if (isPredicted) count.fp++
      else if (isExpected) count.fn++
    }
    if (expected.length === 0) {
      cleanLines++
      if (predicted.length > 0) cleanLinesBlocked++
    }
    const missed = expected.filter((category) => !predicted.includes(category))
    const extra = predicted.filter((category) => !expected.includes(category))
    if (missed.length === 0 && extra.length === 0) exactMatches++
    outcomes.push({ id: line.id, expected, predicted, missed, extra })
  }
  const categories = CATEGORIES.map((category) => {
    const { tp, fp, fn } = counts.get(category)!
    return {
      category,
      truePositives: tp,
      falsePositives: fp,
      falseNegatives: fn,
      precision: ratio(tp, tp + fp),
      recall: ratio(tp, tp + fn)
    }
  }).filter((score) => score.truePositives + score.falsePositives + score.falseNegatives > 0)
  const valid = outcomes.length
  return { lines: valid, invalidLines, categories, cleanLines, cleanLinesBlocked, exactMatches, outcomes }
}

function percent(value: number | null): string {
  return value === null ? "   -  " : `${(value * 100).toFixed(1).padStart(5)}%`
}

export function formatEvaluation(report: EvaluationReport, showErrors: boolean): string {
  const out: string[] = []
  out.push("category           TP   FP   FN  precision  recall")
  let tp = 0
  let fp = 0
  let fn = 0
  for (const score of report.categories) {
    tp += score.truePositives
    fp += score.falsePositives
    fn += score.falseNegatives
    out.push(
      `${score.category.padEnd(17)} ${String(score.truePositives).padStart(4)} ${String(score.falsePositives).padStart(4)} ${String(score.falseNegatives).padStart(4)}     ${percent(score.precision)}  ${percent(score.recall)}`
    )
  }
  out.push(
    `${"all (micro)".padEnd(17)} ${String(tp).padStart(4)} ${String(fp).padStart(4)} ${String(fn).padStart(4)}     ${percent(ratio(tp, tp + fp))}  ${percent(ratio(tp, tp + fn))}`
  )
  out.push("")
  out.push(
    `clean drafts wrongly blocked: ${report.cleanLinesBlocked}/${report.cleanLines} (false-positive rate ${percent(ratio(report.cleanLinesBlocked, report.cleanLines)).trim()})`
  )
  out.push(`drafts with exactly the expected block categories: ${report.exactMatches}/${report.lines}`)
  if (report.invalidLines.length) {
    out.push(`invalid lines skipped: ${report.invalidLines.length}`)
    for (const line of report.invalidLines) out.push(`  line ${line.lineNumber} (${line.id}): ${line.error}`)
  }
  if (showErrors) {
    const wrong = report.outcomes.filter((outcome) => outcome.missed.length || outcome.extra.length)
    if (wrong.length) out.push("", "mismatches:")
    for (const outcome of wrong) {
      const parts = []
      if (outcome.missed.length) parts.push(`missed ${outcome.missed.join(",")}`)
      if (outcome.extra.length) parts.push(`extra ${outcome.extra.join(",")}`)
      out.push(`  ${outcome.id}: ${parts.join("; ")}`)
    }
  }
  return out.join("\n")
}
