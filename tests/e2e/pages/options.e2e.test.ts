// The options page in real Chromium: a supervisor imports, exports and resets the policy pack.
import type { Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

import { reddingPack } from "~/engine/packs/redding"
import { parsePolicyPack, type PolicyPack } from "~/engine/packs/schema"
import { STORAGE_KEYS } from "~/shared/storage-keys"

import { downloadFrom, LAUNCH_TIMEOUT_MS, openExtensionPages, rawMessageKeys, screenshot, type ExtensionPages } from "./pages-kit"

const SHASTA_PACK: PolicyPack = {
  ...reddingPack,
  id: "shasta-sheriff",
  agencyName: "Shasta County Sheriff's Office",
  jurisdiction: "County of Shasta",
  officialHandles: { ...reddingPack.officialHandles, facebook: ["ShastaSheriff"], x: ["ShastaSheriff"] }
}

let pages: ExtensionPages
let options: Page

async function importPackFile(name: string, contents: string): Promise<void> {
  const [chooser] = await Promise.all([options.waitForEvent("filechooser"), options.getByRole("button", { name: /import/i }).click()])
  await chooser.setFiles({ name, mimeType: "application/json", buffer: Buffer.from(contents) })
}

const agencyNameField = () => options.locator('input[name="agencyName"]')
const storedPack = () => pages.extension.readLocalStorage<PolicyPack>(STORAGE_KEYS.activePack)

beforeAll(async () => {
  pages = await openExtensionPages()
  options = await pages.open("options.html", '[data-pg="pack-source"]')
}, LAUNCH_TIMEOUT_MS)

afterAll(async () => {
  await pages?.close()
})

describe("options page", () => {
  it("starts on the built-in Redding pack, in words rather than message keys", async () => {
    await expect.poll(() => agencyNameField().inputValue()).toBe(reddingPack.agencyName)
    await expect(options.locator('[data-pg="pack-source"]').innerText()).resolves.toContain(reddingPack.agencyName)
    expect(await storedPack()).toBeUndefined()
    await screenshot(options, "options-built-in")
    expect(await rawMessageKeys(options)).toEqual([])
  })

  it("imports a good pack file: the form shows its values and storage holds it", async () => {
    await importPackFile("shasta.policy-pack.json", JSON.stringify(SHASTA_PACK))
    await options.locator('[data-pg="options-notice"]').waitFor()
    await expect.poll(() => agencyNameField().inputValue()).toBe(SHASTA_PACK.agencyName)
    await expect(options.locator('input[name="jurisdiction"]').inputValue()).resolves.toBe("County of Shasta")
    await expect(options.locator('textarea[name="handles-facebook"]').inputValue()).resolves.toBe("ShastaSheriff")
    await expect(options.locator('[data-pg="pack-source"]').innerText()).resolves.toContain(SHASTA_PACK.agencyName)
    expect(await storedPack()).toMatchObject({ id: "shasta-sheriff", agencyName: SHASTA_PACK.agencyName })
    await screenshot(options, "options-imported")
  })

  it("rejects a pack with a bad severity and a missing field, naming both, and keeps the pack in force", async () => {
    const before = await storedPack()
    const { commentPolicy: _dropped, ...boilerplateWithoutCommentPolicy } = SHASTA_PACK.boilerplate
    const badPack = {
      ...SHASTA_PACK,
      agencyName: "Should Never Be Saved",
      ruleSeverities: { "privacy-ssn": "maybe" },
      boilerplate: boilerplateWithoutCommentPolicy
    }
    await importPackFile("bad.policy-pack.json", JSON.stringify(badPack))
    const error = options.locator('[data-pg="options-error"]')
    await error.waitFor()
    const problems = await error.locator("li").allInnerTexts()
    expect(problems.some((problem) => problem.startsWith("ruleSeverities.privacy-ssn"))).toBe(true)
    expect(problems.some((problem) => problem.startsWith("boilerplate.commentPolicy"))).toBe(true)
    await expect(agencyNameField().inputValue()).resolves.toBe(SHASTA_PACK.agencyName)
    expect(await storedPack()).toEqual(before)
    await screenshot(options, "options-rejected-pack")
  })

  it("rejects a file that is not JSON at all, saying so", async () => {
    await importPackFile("notes.json", "agencyName: Somewhere")
    const error = options.locator('[data-pg="options-error"]')
    await expect.poll(() => error.innerText()).toContain("not valid JSON")
    await expect(agencyNameField().inputValue()).resolves.toBe(SHASTA_PACK.agencyName)
  })

  it("exports the pack in force as JSON that validates as a pack", async () => {
    const saved = await downloadFrom(options, () => options.getByRole("button", { name: /export/i }).click())
    expect(saved.filename).toBe("shasta-sheriff.policy-pack.json")
    const exported = parsePolicyPack(JSON.parse(saved.text))
    expect(exported.agencyName).toBe(SHASTA_PACK.agencyName)
    expect(exported).toEqual(await storedPack())
  })

  it("resets to the built-in Redding pack", async () => {
    await options.getByRole("button", { name: /reset/i }).click()
    await expect.poll(() => agencyNameField().inputValue()).toBe(reddingPack.agencyName)
    await expect(options.locator('[data-pg="pack-source"]').innerText()).resolves.toContain(reddingPack.agencyName)
    expect(await storedPack()).toBeUndefined()
  })
})
