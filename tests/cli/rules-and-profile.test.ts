import { describe, expect, it } from "vitest"

import { runProfile } from "~/cli/profile-command"
import { runRules } from "~/cli/rules-command"
import { reddingPack, reddingPackData } from "~/engine/packs/redding"
import { ALL_RULES } from "~/engine/rules"

import { testIo } from "./cli-test-io"

describe("postguard rules", () => {
  it("lists every rule from its metadata, with its clause", async () => {
    const io = testIo()
    expect(await runRules([], io)).toBe(0)
    const lines = io.out().trim().split("\n")
    expect(lines).toHaveLength(ALL_RULES.length + 1)
    expect(lines.find((line) => line.startsWith("privacy-ssn "))).toMatch(/block\s+privacy\s+RPD 321 321\.5\(b\)\s+Social Security number/)
    expect(lines.at(-1)).toBe(`${ALL_RULES.length} rules (Redding Police Department pack).`)
  })

  it("shows the pack's severity, including rules it turns off", async () => {
    const pack = JSON.stringify({ ...reddingPackData, ruleSeverities: { "link-back": "off" } })
    const io = testIo({ "pack.json": pack })
    await runRules(["--pack", "pack.json", "--json"], io)
    const catalog = JSON.parse(io.out())
    expect(catalog.find((entry: { id: string }) => entry.id === "link-back")).toMatchObject({ severity: "off", defaultSeverity: "info" })
  })
})

describe("postguard profile", () => {
  it("passes the required About paragraph and statement as the pack words them", async () => {
    const about = `${reddingPack.boilerplate.officialStatement}\n\n${reddingPack.boilerplate.aboutParagraph}`
    const io = testIo({ "about.txt": about })
    await runProfile(["about.txt", "--section", "about"], io)
    const output = io.out()
    expect(output).toMatch(/^pass\s+.*official/im)
    expect(output).toMatch(/checks: \d+ pass, \d+ fail, \d+ cannot tell from the text\.\n$/)
  })

  it("fails a changed paragraph, exits 1 and shows the word diff", async () => {
    const changed = reddingPack.boilerplate.aboutParagraph.replace("California Public Records Act", "state sunshine rules")
    const io = testIo({}, changed)
    expect(await runProfile(["-", "--section", "about"], io)).toBe(1)
    expect(io.out()).toMatch(/^FAIL\s+Required About paragraph/m)
    expect(io.out()).toContain("pursuant to the [-California-] {+state sunshine rules.+} Public [-Records Act. Public-]")
  })

  it("says what it cannot tell from pasted text", async () => {
    const io = testIo({}, reddingPack.boilerplate.aboutParagraph)
    await runProfile(["-", "--section", "about"], io)
    expect(io.out()).toMatch(/^cannot tell/m)
  })

  it("audits a comment policy", async () => {
    const io = testIo({}, reddingPack.boilerplate.commentPolicy)
    await runProfile(["-", "--section", "comment-policy", "--json"], io)
    const checks = JSON.parse(io.out())
    expect(checks.find((check: { id: string }) => check.id === "comment-policy-disclaimer").status).toBe("pass")
  })

  it("requires a known --section", async () => {
    await expect(runProfile(["-"], testIo({}, "text"))).rejects.toThrow(/--section is required/)
    await expect(runProfile(["-", "--section", "bio"], testIo({}, "text"))).rejects.toThrow(/--section must be one of about, comment-policy/)
  })
})
