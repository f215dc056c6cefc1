// Keystroke latency in a watched compose box, with PostGuard loaded vs the same page without it,
// in real Chromium (npm run bench). Per key: from the keydown event's timestamp (taken when the key
// reached the page, so time queued behind a busy main thread counts) to the next animation frame,
// collected in the page. Rounds alternate between the two browsers so machine load hits both.
import type { Page } from "playwright-core"

import { FIXTURE_URLS, gotoFixture, openComposeBrowser, SITE, type ComposeBrowser, type ComposePlatform } from "../e2e/harness"

const CHARACTERS_PER_ROUND = Number(process.env.POSTGUARD_BENCH_CHARS ?? 160)
const ROUNDS = Number(process.env.POSTGUARD_BENCH_ROUNDS ?? 3)
const KEY_DELAY_MS = 60
const SENTENCE_PAUSE_MS = 350
const TARGET_RATIO = 1.1

// A draft with findings in it, so the guard does its real work (marks, badge, blocking) while typing.
const DRAFT =
  "Thanks to everyone who came out tonight. The suspect's SSN is 123-45-6789 and he was booked. " +
  "Those protesters are idiots. Call the tip line at 530-555-0143 with information. " +
  "Coffee with a Cop is Thursday at 8 a.m. at the Civic Center. "

const LATENCY_COLLECTOR = `
  window.__keyLatencies = [];
  window.addEventListener("keydown", (event) => {
    const reachedPage = event.timeStamp;
    requestAnimationFrame(() => window.__keyLatencies.push(performance.now() - reachedPage));
  }, true);
`

const BOXES: { platform: ComposePlatform; editor: string; label: string }[] = [
  { platform: "facebook", editor: SITE.facebook.composer, label: "Facebook composer (Lexical)" },
  { platform: "x", editor: SITE.x.inline, label: "X inline box (Draft.js)" }
]

function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))
  return sorted[index]
}

async function typeRound(page: Page, editor: string, round: number): Promise<number[]> {
  await gotoFixture(page, page.url())
  await page.evaluate(() => ((window as unknown as { __keyLatencies: number[] }).__keyLatencies = []))
  await page.locator(editor).click()
  const start = (round * CHARACTERS_PER_ROUND) % DRAFT.length
  const text = (DRAFT + DRAFT).slice(start, start + CHARACTERS_PER_ROUND)
  for (const character of text) {
    await page.keyboard.type(character)
    await page.waitForTimeout(".!?".includes(character) ? SENTENCE_PAUSE_MS : KEY_DELAY_MS)
  }
  await page.waitForTimeout(200)
  return page.evaluate(() => (window as unknown as { __keyLatencies: number[] }).__keyLatencies)
}

interface Summary {
  samples: number
  p50: number
  p95: number
  mean: number
}

function summarize(latencies: number[]): Summary {
  const sorted = [...latencies].sort((a, b) => a - b)
  return {
    samples: sorted.length,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    mean: sorted.reduce((sum, value) => sum + value, 0) / Math.max(1, sorted.length)
  }
}

async function main(): Promise<void> {
  // No DevTools listeners beyond Playwright's own in either browser: they would cost time per event.
  const withoutExtension: ComposeBrowser = await openComposeBrowser({ withExtension: false, collectErrors: false })
  const withExtension: ComposeBrowser = await openComposeBrowser({ withExtension: true, collectErrors: false })
  let worstRatio = 0
  try {
    for (const browser of [withoutExtension, withExtension]) await browser.extension.context.addInitScript(LATENCY_COLLECTOR)
    console.log(`Keystroke latency, keydown to next frame: ${ROUNDS} rounds x ${CHARACTERS_PER_ROUND} keys per box and browser`)
    for (const box of BOXES) {
      const baselinePage = await withoutExtension.page(box.platform)
      const guardedPage = await withExtension.page(box.platform)
      await gotoFixture(baselinePage, FIXTURE_URLS[box.platform])
      await gotoFixture(guardedPage, FIXTURE_URLS[box.platform])
      const baseline: number[] = []
      const guarded: number[] = []
      for (let round = 0; round < ROUNDS; round += 1) {
        baseline.push(...(await typeRound(baselinePage, box.editor, round)))
        guarded.push(...(await typeRound(guardedPage, box.editor, round)))
      }
      const without = summarize(baseline)
      const withGuard = summarize(guarded)
      const ratioP50 = withGuard.p50 / without.p50
      const ratioP95 = withGuard.p95 / without.p95
      worstRatio = Math.max(worstRatio, ratioP50, ratioP95)
      const format = (summary: Summary) =>
        `p50 ${summary.p50.toFixed(1)} ms  p95 ${summary.p95.toFixed(1)} ms  mean ${summary.mean.toFixed(1)} ms  (${summary.samples} keys)`
      console.log(`\n${box.label}`)
      console.log(`  without PostGuard: ${format(without)}`)
      console.log(`  with PostGuard:    ${format(withGuard)}`)
      console.log(`  ratio: p50 ${ratioP50.toFixed(2)}  p95 ${ratioP95.toFixed(2)}  (target <= ${TARGET_RATIO})`)
    }
  } finally {
    await withoutExtension.close()
    await withExtension.close()
  }
  const verdict = worstRatio <= TARGET_RATIO ? "within" : "ABOVE"
  console.log(`\nWorst ratio ${worstRatio.toFixed(2)}: ${verdict} the ${TARGET_RATIO} target.`)
  if (verdict === "ABOVE" && process.env.POSTGUARD_BENCH_STRICT) process.exitCode = 1
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
