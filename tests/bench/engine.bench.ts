// npm run bench: engine latency at post sizes from an X post to Facebook's maximum, cold start in
// a fresh process, the same texts through alex and obscenity for scale, and time per rule.
import { spawnSync } from "node:child_process"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { cpus, loadavg, tmpdir } from "node:os"
import { join } from "node:path"
import { text as alexText } from "alex"
import { buildSync } from "esbuild"
import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from "obscenity"

import { analyze } from "../../src/engine/analyze"
import { createRuleContext } from "../../src/engine/context"
import { reddingPack } from "../../src/engine/packs/redding"
import { ALL_RULES } from "../../src/engine/rules"
import type { Draft, Platform } from "../../src/engine/types"
import { agencyText } from "./agency-text"

const SIZES = [
  { length: 280, platform: "x", runs: 300, comparisonRuns: 20, targetP95: 2 },
  { length: 2_000, platform: "facebook", runs: 150, comparisonRuns: 10, targetP95: 8 },
  { length: 10_000, platform: "facebook", runs: 40, comparisonRuns: 5, targetP95: undefined },
  // alex takes seconds per run at this size: a few runs give its scale.
  { length: 63_206, platform: "facebook", runs: 15, comparisonRuns: 3, targetP95: 60 }
] as const satisfies ReadonlyArray<{ length: number; platform: Platform; runs: number; comparisonRuns: number; targetP95?: number }>

function percentile(samples: readonly number[], fraction: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]
}

function time(run: () => unknown): number {
  const start = performance.now()
  run()
  return performance.now() - start
}

function ms(value: number): string {
  return value < 10 ? value.toFixed(2) : value.toFixed(1)
}

function draftOf(length: number, platform: Platform, seed: number): Draft {
  return { text: agencyText(length, seed), platform, surface: "post", attachments: { images: 0, videos: 0 } }
}

const obscenity = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers })

// Warm the JIT and the lazy modules once, as a page that has been open a moment would be.
for (let seed = 0; seed < 20; seed++) analyze(draftOf(2_000, "facebook", 10_000 + seed), reddingPack)

// ── Engine latency ─────────────────────────────────────────────────────────────────────────
process.stdout.write(
  `PostGuard engine benchmark: ${ALL_RULES.length} rules, Node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()[0].toFixed(1)} (percentiles are only meaningful on an idle machine)\n`
)
process.stdout.write("fresh = new text each run (names, numbers vary); warm = the same text again (sentence caches hit)\n\n")

interface SizeResult {
  length: number
  p50: number
  p95: number
  warmP95: number
  findings: number
  alexP50: number
  obscenityP50: number
  targetP95?: number
}
const results: SizeResult[] = []
for (const size of SIZES) {
  const fresh: number[] = []
  let findings = 0
  for (let run = 0; run < size.runs; run++) {
    const draft = draftOf(size.length, size.platform, run + 1)
    fresh.push(time(() => (findings = analyze(draft, reddingPack).length)))
  }
  const repeated = draftOf(size.length, size.platform, 1)
  const warm = Array.from({ length: Math.min(size.runs, 50) }, () => time(() => analyze(repeated, reddingPack)))
  const alex = Array.from({ length: size.comparisonRuns }, (_, run) => {
    const text = agencyText(size.length, run + 1)
    return time(() => alexText(text))
  })
  const obscene = Array.from({ length: size.comparisonRuns }, (_, run) => {
    const text = agencyText(size.length, run + 1)
    return time(() => obscenity.getAllMatches(text))
  })
  results.push({
    length: size.length,
    p50: percentile(fresh, 0.5),
    p95: percentile(fresh, 0.95),
    warmP95: percentile(warm, 0.95),
    findings,
    alexP50: percentile(alex, 0.5),
    obscenityP50: percentile(obscene, 0.5),
    targetP95: size.targetP95
  })
}

const header = ["chars", "p50 ms", "p95 ms", "warm p95", "findings", "alex p50", "engine/alex", "obscenity p50", "engine/obscenity", "target p95", "holds"]
const rows = results.map((result) => [
  result.length.toLocaleString("en-US"),
  ms(result.p50),
  ms(result.p95),
  ms(result.warmP95),
  String(result.findings),
  ms(result.alexP50),
  `${(result.p50 / result.alexP50).toFixed(2)}x`,
  ms(result.obscenityP50),
  `${(result.p50 / result.obscenityP50).toFixed(1)}x`,
  result.targetP95 === undefined ? "-" : `<= ${result.targetP95}`,
  result.targetP95 === undefined ? "-" : result.p95 <= result.targetP95 ? "yes" : "NO"
])
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)))
for (const row of [header, ...rows]) process.stdout.write(`${row.map((cell, column) => cell.padStart(widths[column])).join("  ")}\n`)

// ── Cold start: import + first analyze in a fresh process, from an esbuild bundle ───────────
const coldDir = mkdtempSync(join(tmpdir(), "postguard-bench-"))
try {
  const entry = join(coldDir, "engine-entry.ts")
  writeFileSync(entry, `export { analyze } from ${JSON.stringify(join(__dirname, "../../src/engine/analyze"))}\n`)
  buildSync({ entryPoints: [entry], bundle: true, platform: "node", format: "cjs", outfile: join(coldDir, "engine.cjs"), logLevel: "silent" })
  const probe = join(coldDir, "cold-start.cjs")
  writeFileSync(
    probe,
    `const beforeImport = performance.now()
const { analyze } = require("./engine.cjs")
const imported = performance.now()
analyze({ text: process.argv[2], platform: "facebook" })
const analyzed = performance.now()
process.stdout.write(JSON.stringify({ importMs: imported - beforeImport, firstAnalyzeMs: analyzed - imported }))
`
  )
  const samples = Array.from({ length: 5 }, (_, run) => {
    const output = spawnSync(process.execPath, [probe, agencyText(280, 500 + run)], { encoding: "utf8" })
    return JSON.parse(output.stdout) as { importMs: number; firstAnalyzeMs: number }
  })
  const importMs = percentile(samples.map((sample) => sample.importMs), 0.5)
  const firstMs = percentile(samples.map((sample) => sample.firstAnalyzeMs), 0.5)
  process.stdout.write(
    `\nCold start (fresh process, median of ${samples.length}): import ${ms(importMs)} ms + first analyze of 280 chars ${ms(firstMs)} ms = ${ms(importMs + firstMs)} ms\n`
  )
} finally {
  rmSync(coldDir, { recursive: true, force: true })
}

// ── Time per rule, on a context whose shared parts are already computed ─────────────────────
function ruleTimings(length: number, runs: number) {
  const shared = { normalize: [] as number[], sentences: [] as number[], personNames: [] as number[] }
  const perRule = new Map<string, number[]>(ALL_RULES.map((rule) => [rule.id, []]))
  for (let run = 0; run < runs; run++) {
    const context = createRuleContext(draftOf(length, "facebook", 900 + run), reddingPack)
    shared.normalize.push(time(() => context.normalized))
    shared.sentences.push(time(() => context.sentences))
    shared.personNames.push(time(() => context.personNames))
    for (const rule of ALL_RULES) perRule.get(rule.id)?.push(time(() => rule.detect(context)))
  }
  return { shared, perRule }
}

for (const { length, runs } of [
  { length: 2_000, runs: 40 },
  { length: 63_206, runs: 8 }
]) {
  const { shared, perRule } = ruleTimings(length, runs)
  const entries = [
    ...Object.entries(shared).map(([name, samples]) => ({ name: `(shared) ${name}`, p50: percentile(samples, 0.5), p95: percentile(samples, 0.95) })),
    ...[...perRule].map(([name, samples]) => ({ name, p50: percentile(samples, 0.5), p95: percentile(samples, 0.95) }))
  ].sort((a, b) => b.p50 - a.p50)
  const total = entries.reduce((sum, entry) => sum + entry.p50, 0)
  process.stdout.write(
    `\nTime per rule at ${length.toLocaleString("en-US")} chars (p50 / p95 ms, ${runs} fresh texts; slowest first; a rule that first calls a cached shared scan, such as the obscene-word scan, carries its cost):\n`
  )
  for (const entry of entries.slice(0, 15)) {
    const share = total ? (100 * entry.p50) / total : 0
    process.stdout.write(`  ${entry.name.padEnd(36)} ${ms(entry.p50).padStart(7)} ${ms(entry.p95).padStart(7)}  ${share.toFixed(0).padStart(3)}%\n`)
  }
  const rest = entries.slice(15)
  if (rest.length) process.stdout.write(`  (${rest.length} more, each under ${ms(rest[0].p50)} ms p50)\n`)
}

const failed = results.filter((result) => result.targetP95 !== undefined && result.p95 > result.targetP95)
process.stdout.write(
  `\n${failed.length ? `Targets missed at ${failed.map((result) => `${result.length.toLocaleString("en-US")} chars`).join(", ")}` : "All latency targets hold"} (p95 <= 2 ms at 280, <= 8 ms at 2,000, <= 60 ms at 63,206).\n`
)
