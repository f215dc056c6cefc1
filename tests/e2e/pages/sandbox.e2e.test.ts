// The training sandbox in real Chromium: scenarios, rule catalog, quiz, keyboard use, and the
// live guard's marks and blocking panel over the mock composers.
import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"

import type { Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

import { ALL_RULES } from "~/engine/rules"
import { SCENARIOS, shouldPost, type Scenario } from "~/ui/sandbox/scenarios"

import { PROJECT_ROOT } from "../extension-launch"
import { LAUNCH_TIMEOUT_MS, openExtensionPages, rawMessageKeys, screenshot, type ExtensionPages } from "./pages-kit"

let pages: ExtensionPages
let sandbox: Page

const composerText = () => sandbox.locator('.pg-mock [contenteditable="true"]').innerText()
const normalized = (text: string) => text.replace(/\s+/g, " ").trim()

async function openSandbox(hash = ""): Promise<void> {
  await sandbox.goto(pages.url(`tabs/sandbox.html${hash}`))
  await sandbox.locator(".pg-sandbox-header").waitFor()
}

/** Presses Tab (or Shift+Tab) until the focused element matches `selector`; fails after `limit` presses. */
async function tabTo(selector: string, key: "Tab" | "Shift+Tab" = "Tab", limit = 80): Promise<void> {
  for (let press = 0; press < limit; press++) {
    await sandbox.keyboard.press(key)
    if (await sandbox.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return
  }
  throw new Error(`${key} never reached ${selector} in ${limit} presses`)
}

function scenarioShowing(draft: string): Scenario {
  const scenario = SCENARIOS.find((candidate) => normalized(candidate.text) === normalized(draft))
  if (!scenario) throw new Error(`The quiz shows a draft that is not in the scenario library: ${draft}`)
  return scenario
}

/** Whether the sandbox page's code uses the compose guard (imports a guard module). */
function sandboxUsesGuard(): boolean {
  const directory = join(PROJECT_ROOT, "src/ui/sandbox")
  const files = readdirSync(directory, { recursive: true, encoding: "utf8" }).filter((file) => /\.tsx?$/.test(file))
  return files.some((file) => /from\s+["'][^"']*guard[^"']*["']/i.test(readFileSync(join(directory, file), "utf8")))
}

beforeAll(async () => {
  pages = await openExtensionPages()
  sandbox = await pages.extension.context.newPage()
  await openSandbox()
}, LAUNCH_TIMEOUT_MS)

afterAll(async () => {
  await pages?.close()
})

describe("sandbox practice", () => {
  it("lists every scenario of the library by its title", async () => {
    const listed = sandbox.locator('[data-pg="scenario"]')
    await expect(listed.count()).resolves.toBe(SCENARIOS.length)
    const titles = await listed.locator("button").allInnerTexts()
    for (const scenario of SCENARIOS) expect(titles.some((title) => title.includes(scenario.title.en))).toBe(true)
    await screenshot(sandbox, "sandbox-practice")
    expect(await rawMessageKeys(sandbox)).toEqual([])
  })

  it("puts a loaded scenario's text into the mock composer of its platform, with its lesson", async () => {
    for (const scenario of [SCENARIOS.find((candidate) => candidate.platform === "facebook"), SCENARIOS.find((candidate) => candidate.platform === "x")]) {
      if (!scenario) throw new Error("The library needs a Facebook and an X scenario")
      await sandbox.locator(`[data-pg="scenario"][data-scenario-id="${scenario.id}"] button`).click()
      await expect.poll(async () => normalized(await composerText())).toBe(normalized(scenario.text))
      await expect(sandbox.locator(`[data-pg-sandbox-platform="${scenario.platform}"]`).isVisible()).resolves.toBe(true)
      await expect(sandbox.locator('[data-pg="scenario-lesson"]').innerText()).resolves.toBe(scenario.lesson.en)
      await expect(sandbox.locator('[data-pg="sandbox-count"]').innerText()).resolves.not.toMatch(/^0 \//)
    }
    await screenshot(sandbox, "sandbox-scenario-loaded")
  })
})

describe("rule catalog", () => {
  it("lists every rule with its clause, the quoted policy text and a Try it for each example", async () => {
    await sandbox.getByRole("tab", { name: /catalog/i }).click()
    const rules = sandbox.locator('[data-pg="catalog-rule"]')
    await rules.first().waitFor()
    expect(await rules.evaluateAll((items) => items.map((item) => item.getAttribute("data-rule-id")))).toEqual(ALL_RULES.map((rule) => rule.id))
    for (const rule of ALL_RULES) {
      const article = sandbox.locator(`[data-pg="catalog-rule"][data-rule-id="${rule.id}"]`)
      const text = normalized(await article.innerText())
      expect(text).toContain(`${rule.citation.source} ${rule.citation.clause}`)
      expect(text).toContain(normalized(rule.citation.quote))
      await expect(article.locator('[data-pg="catalog-example"]').count()).resolves.toBe(rule.cases.fire.length + rule.cases.pass.length)
      await expect(article.locator('[data-pg="catalog-example"] button').count()).resolves.toBe(rule.cases.fire.length + rule.cases.pass.length)
    }
    await screenshot(sandbox, "sandbox-catalog")
    expect(await rawMessageKeys(sandbox)).toEqual([])
  })

  it("Try it loads the example into the composer", async () => {
    const rule = ALL_RULES[0]
    const example = rule.cases.fire[0]
    await sandbox.locator(`[data-pg="catalog-rule"][data-rule-id="${rule.id}"] [data-pg="catalog-example"] button`).first().click()
    await expect.poll(async () => normalized(await composerText())).toBe(normalized(example.text))
  })

  it("opens on the rule a finding's learn-more link names", async () => {
    const rule = ALL_RULES[ALL_RULES.length - 1]
    await openSandbox(`#rule-${rule.id}`)
    const article = sandbox.locator(`#rule-${rule.id}`)
    await expect(article.getAttribute("class")).resolves.toContain("pg-rule-focused")
    await expect(article.isVisible()).resolves.toBe(true)
  })
})

describe("self-check quiz", () => {
  it("can be completed and scores the answers, listing the one missed", async () => {
    await openSandbox("#quiz")
    let firstDraft = ""
    let questions = 0
    while (await sandbox.locator('[data-pg="quiz-question"]').isVisible()) {
      const draft = await sandbox.locator('[data-pg="quiz-draft"]').innerText()
      const scenario = scenarioShowing(draft)
      const correct = shouldPost(scenario) ? "post" : String(scenario.category)
      const choices = await sandbox.locator('[data-pg="quiz-choice"]').evaluateAll((buttons) => buttons.map((button) => button.getAttribute("data-answer") ?? ""))
      expect(choices).toContain(correct)
      // The first answer is deliberately wrong, so the score shows one miss.
      const answer = questions === 0 ? choices.find((choice) => choice !== correct)! : correct
      if (questions === 0) firstDraft = draft
      await sandbox.locator(`[data-pg="quiz-choice"][data-answer="${answer}"]`).click()
      const feedback = sandbox.locator('[data-pg="quiz-feedback"]')
      await expect(feedback.getAttribute("class")).resolves.toContain(answer === correct ? "pg-right" : "pg-wrong")
      await feedback.locator("button").click()
      questions++
      if (questions > SCENARIOS.length) throw new Error("The quiz never ended")
    }
    const result = sandbox.locator('[data-pg="quiz-result"]')
    await expect(result.locator("h2").innerText()).resolves.toMatch(new RegExp(`\\b${questions - 1}\\b.*\\b${questions}\\b`))
    await expect(result.locator('[data-pg="quiz-missed"]').count()).resolves.toBe(1)
    await expect(result.locator('[data-pg="quiz-missed"]').innerText()).resolves.toContain(normalized(firstDraft).slice(0, 40))
    await screenshot(sandbox, "sandbox-quiz-result")
    expect(await rawMessageKeys(sandbox)).toEqual([])
  })
})

describe("keyboard only", () => {
  it("reaches the scenarios, the catalog and the quiz with Tab and Enter", async () => {
    await openSandbox()
    const scenario = SCENARIOS[0]
    await tabTo(`[data-scenario-id="${scenario.id}"] button`)
    await sandbox.keyboard.press("Enter")
    await expect.poll(async () => normalized(await composerText())).toBe(normalized(scenario.text))

    await tabTo('[role="tab"]:nth-child(2)', "Shift+Tab")
    await sandbox.keyboard.press("Enter")
    await sandbox.locator('[data-pg="catalog"]').waitFor()
    await tabTo('[data-pg="catalog-example"] button')
    await sandbox.keyboard.press("Enter")
    await expect.poll(async () => normalized(await composerText())).toBe(normalized(ALL_RULES[0].cases.fire[0].text))

    await tabTo('[role="tab"]:nth-child(3)', "Shift+Tab")
    await sandbox.keyboard.press("Enter")
    await tabTo('[data-pg="quiz-choice"]')
    await sandbox.keyboard.press("Enter")
    await sandbox.locator('[data-pg="quiz-feedback"]').waitFor()
    // The next-question button takes the focus, so Enter moves on.
    await sandbox.keyboard.press("Enter")
    await expect(sandbox.locator('[data-pg="quiz-question"] .pg-muted').first().innerText()).resolves.toMatch(/\b2\b/)
  })
})

const guardWired = sandboxUsesGuard()
const guardTitle = guardWired ? "live guard in the sandbox" : "live guard in the sandbox (skipped: no guard import under src/ui/sandbox yet)"

/** Whether one of the guard's marks lies over `words` in the mock composer. */
async function markCovers(words: string): Promise<boolean> {
  const wordsBox = await sandbox.evaluate((wanted) => {
    const editor = document.querySelector('.pg-mock [contenteditable="true"]')
    if (!editor) return null
    const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1
      if (at < 0) continue
      const range = document.createRange()
      range.setStart(node, at)
      range.setEnd(node, at + wanted.length)
      const { x, y, width, height } = range.getBoundingClientRect()
      return { x, y, width, height }
    }
    return null
  }, words)
  if (!wordsBox) return false
  for (const mark of await sandbox.locator('[data-pg="mark"]').all()) {
    const box = await mark.boundingBox()
    if (box && box.x < wordsBox.x + wordsBox.width && wordsBox.x < box.x + box.width && box.y < wordsBox.y + wordsBox.height && wordsBox.y < box.y + box.height) return true
  }
  return false
}

describe.skipIf(!guardWired)(guardTitle, () => {
  const loadScenario = (id: string) => sandbox.locator(`[data-pg="scenario"][data-scenario-id="${id}"] button`).click()

  it("marks a house number loaded into the X mock composer (Draft.js)", async () => {
    await openSandbox()
    await loadScenario("privacy-house-number")
    await expect(sandbox.locator('[data-pg-sandbox-platform="x"]').isVisible()).resolves.toBe(true)
    await expect.poll(() => markCovers("2417")).toBe(true)
    await expect(sandbox.locator('[data-pg="badge"]').first().getAttribute("data-state")).resolves.toBe("block")
  })

  it("marks the flagged words of a violation scenario and stops the Post button with the panel", async () => {
    await loadScenario("privacy-witness-phone")
    await expect(sandbox.locator('[data-pg-sandbox-platform="facebook"]').isVisible()).resolves.toBe(true)
    await expect.poll(() => markCovers("530-555-0143")).toBe(true)
    await sandbox.locator(".pg-mock .pg-mock-submit").click()
    await sandbox.locator('[data-pg="panel"]').first().waitFor()
    await expect(sandbox.locator('[data-pg="sandbox-post"]').count()).resolves.toBe(0)
    await screenshot(sandbox, "sandbox-guard-blocked")
  })

  it("opens the rule catalog at the blocking rule from the panel's Learn more", async () => {
    const ruleId = await sandbox.locator('[data-pg="panel"] li[data-rule-id]').first().getAttribute("data-rule-id")
    const opened = pages.extension.context.waitForEvent("page")
    await sandbox.locator('[data-pg="panel"] [data-pg="learn-more"]').first().click()
    const catalog = await opened
    await catalog.locator(`[data-pg="catalog-rule"][data-rule-id="${ruleId}"]`).waitFor()
    expect(catalog.url()).toContain(`tabs/sandbox.html#rule-${ruleId}`)
    await catalog.close()
    await sandbox.getByRole("button", { name: "Keep editing" }).click()
  })

  it("releases the Post button once the text is edited clean", async () => {
    const clean = "Anyone with information about Tuesday's burglary on Churn Creek Road is asked to call the Redding Police Department at (530) 225-4200."
    const editor = sandbox.locator('.pg-mock [contenteditable="true"]')
    await editor.click()
    await sandbox.keyboard.press("ControlOrMeta+A")
    await sandbox.keyboard.type(clean)
    await expect.poll(async () => normalized(await composerText())).toBe(clean)
    await expect.poll(() => sandbox.locator('[data-pg="mark"]').count()).toBe(0)
    await sandbox.locator(".pg-mock .pg-mock-submit").click()
    await expect.poll(() => sandbox.locator('[data-pg="sandbox-post"]').first().innerText().catch(() => "")).toContain(clean)
  })

  it("records a training approval on the page only, never in the agency's audit log, and lets that one post through", async () => {
    await loadScenario("privacy-witness-phone")
    await expect.poll(() => markCovers("530-555-0143")).toBe(true)
    await sandbox.locator(".pg-mock .pg-mock-submit").click()
    await sandbox.getByRole("button", { name: "Request supervisor approval" }).click()
    await sandbox.locator('input[name="supervisor"]').fill("Sgt. Dana Training")
    await sandbox.locator('textarea[name="reason"]').fill("Classroom demonstration")
    await sandbox.getByRole("button", { name: "Record approval and post" }).click()
    await expect.poll(() => sandbox.locator('[data-pg="sandbox-overrides"]').innerText().catch(() => "")).toContain("Sgt. Dana Training")
    await expect.poll(() => sandbox.locator('[data-pg="sandbox-post"]').first().innerText().catch(() => "")).toContain("530-555-0143")
    await expect(pages.extension.readLocalStorage("postguard.auditLog")).resolves.toBeUndefined()
  })
})
