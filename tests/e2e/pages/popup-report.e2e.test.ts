// The popup (opened as a tab) and the printable report in real Chromium: what a supervisor sees
// when no draft is watched and when auditing a page profile from pasted texts.
import type { Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

import { downloadFrom, LAUNCH_TIMEOUT_MS, openExtensionPages, policyQuoteAfter, rawMessageKeys, screenshot, type ExtensionPages } from "./pages-kit"

// The exact wording the City policy requires, copied from the policy itself.
const OFFICIAL_STATEMENT = policyQuoteAfter("must include a text statement that reads,")
const ABOUT_PARAGRAPH = policyQuoteAfter("should contain a department/program description and the following:")
const COMMENT_POLICY = policyQuoteAfter("must include the following disclaimer:")
const PUBLIC_RECORDS_SENTENCE = "Any comment submitted to this page may be considered a public record which is subject to disclosure pursuant to the California Public Records Act."

const DEPARTMENT_DESCRIPTION = "The Redding Police Department serves the people of Redding with patrol, investigations and community programs."

let pages: ExtensionPages
let popup: Page

interface CheckLine {
  id: string | null
  status: string | null
}

async function checkLines(page: Page): Promise<CheckLine[]> {
  return page
    .locator('[data-pg="audit-check"]')
    .evaluateAll((items) => items.map((item) => ({ id: item.getAttribute("data-check-id"), status: item.getAttribute("data-status") })))
}

const check = (page: Page, id: string) => page.locator(`[data-pg="audit-check"][data-check-id="${id}"]`)

async function auditPastedTexts(about: string, commentPolicy: string): Promise<void> {
  await popup.getByRole("tab", { name: /profile/i }).click()
  const form = popup.locator('[data-pg="profile-tab"]')
  await form.locator('input[name="pageName"]').fill("Redding Police Department")
  await form.locator('input[name="category"]').fill("Government organization")
  await form.locator('textarea[name="about"]').fill(about)
  await form.locator('textarea[name="commentPolicy"]').fill(commentPolicy)
  await form.locator('input[name="links"]').fill("https://www.cityofredding.gov/social-media-policy")
  await form.locator("details button").click()
}

beforeAll(async () => {
  pages = await openExtensionPages()
  popup = await pages.open("popup.html", ".pg-popup [role=tabpanel] > *")
}, LAUNCH_TIMEOUT_MS)

afterAll(async () => {
  await pages?.close()
})

describe("popup", () => {
  it("says the tab is not monitored when no compose box is watched", async () => {
    const unmonitored = popup.locator('[data-pg="popup-unmonitored"]')
    await unmonitored.waitFor()
    await expect(unmonitored.innerText()).resolves.toMatch(/not monitored/i)
    await screenshot(popup, "popup-not-monitored")
    expect(await rawMessageKeys(popup)).toEqual([])
  })

  it("passes the About paragraph and the Comment Policy pasted exactly as the policy words them", async () => {
    await auditPastedTexts(`${DEPARTMENT_DESCRIPTION}\n\n${OFFICIAL_STATEMENT}\n\n${ABOUT_PARAGRAPH}`, COMMENT_POLICY)
    await expect.poll(() => check(popup, "about-paragraph").getAttribute("data-status")).toBe("pass")
    await expect(check(popup, "official-statement").getAttribute("data-status")).resolves.toBe("pass")
    await expect(check(popup, "comment-policy-disclaimer").getAttribute("data-status")).resolves.toBe("pass")
    await expect(check(popup, "city-website-link").getAttribute("data-status")).resolves.toBe("pass")
    await expect(popup.locator(".pg-diff").count()).resolves.toBe(0)
    await screenshot(popup, "popup-audit-pass")
  })

  it("fails an About paragraph with a sentence missing and shows the missing words in the diff", async () => {
    const shortened = ABOUT_PARAGRAPH.replace(PUBLIC_RECORDS_SENTENCE, "")
    expect(shortened).not.toBe(ABOUT_PARAGRAPH)
    await auditPastedTexts(`${DEPARTMENT_DESCRIPTION}\n\n${OFFICIAL_STATEMENT}\n\n${shortened}`, COMMENT_POLICY)
    const about = check(popup, "about-paragraph")
    await expect.poll(() => about.getAttribute("data-status")).toBe("fail")
    const missing = (await about.locator(".pg-diff del").allInnerTexts()).join(" ").replace(/\s+/g, " ")
    expect(missing).toContain("California Public Records Act")
    await expect(check(popup, "comment-policy-disclaimer").getAttribute("data-status")).resolves.toBe("pass")
    await expect(popup.locator('[data-pg="audit-summary"]').innerText()).resolves.toMatch(/\d/)
    await screenshot(popup, "popup-audit-fail")
  })

  it("exports the audit as JSON with the same results as shown", async () => {
    const shown = await checkLines(popup)
    const saved = await downloadFrom(popup, () => popup.getByRole("button", { name: /json/i }).click())
    expect(saved.filename).toMatch(/^profile-audit-\d{4}-\d{2}-\d{2}-\d+-failing\.json$/)
    const report = JSON.parse(saved.text) as { checks: Array<{ id: string; status: string }>; profile: { about?: string } }
    expect(report.checks.map(({ id, status }) => ({ id, status }))).toEqual(shown)
    expect(report.profile.about).not.toContain(PUBLIC_RECORDS_SENTENCE)
  })

  it("opens the printable report with the same results", async () => {
    const shown = await checkLines(popup)
    const [report] = await Promise.all([
      pages.extension.context.waitForEvent("page"),
      popup.getByRole("button", { name: /print/i }).click()
    ])
    await report.locator('[data-pg="report-summary"]').waitFor()
    expect(report.url()).toBe(pages.url("tabs/report.html"))
    expect(await checkLines(report)).toEqual(shown)
    await expect(check(report, "about-paragraph").locator(".pg-diff del").first().isVisible()).resolves.toBe(true)
    await expect(report.locator('[data-pg="report-summary"]').innerText()).resolves.toBe(await popup.locator('[data-pg="audit-summary"]').innerText())
    await screenshot(report, "report-printable")
    expect(await rawMessageKeys(report)).toEqual([])
  })
})
