import { describe, expect, it } from "vitest"

import { runCheck } from "~/cli/check-command"
import { UsageError } from "~/cli/cli-io"
import { reddingPackData } from "~/engine/packs/redding"

import { testIo } from "./cli-test-io"

const clean = "TRAFFIC ALERT: Southbound Cypress Ave is closed at Bechelli Ln. Expect delays; use Hartnell Ave."
const blocked = "The suspect used the victim's SSN 123-45-6789 to open three credit cards."

describe("postguard check", () => {
  it("exits 0 and says so when nothing blocks", async () => {
    const io = testIo({ "draft.txt": clean })
    expect(await runCheck(["draft.txt", "--platform", "x"], io)).toBe(0)
    expect(io.out()).toMatch(/x post, Redding Police Department pack: .*(no findings|may be posted)/)
  })

  it("exits 1 on a block finding and prints severity, clause, excerpt, why and fix", async () => {
    const io = testIo({ "draft.txt": blocked })
    expect(await runCheck(["draft.txt"], io)).toBe(1)
    const report = io.out()
    expect(report).toContain("BLOCK  privacy-ssn  (RPD 321 321.5(b))")
    expect(report).toContain('line 1, column 35: "123-45-6789"')
    expect(report).toContain("Why: This looks like a Social Security number")
    expect(report).toContain("Fix: Remove the number entirely.")
    expect(report).toMatch(/do not post: fix the BLOCK findings first\.\n$/)
  })

  it("reads the draft from standard input with -", async () => {
    const io = testIo({}, `${blocked}\n`)
    expect(await runCheck(["-"], io)).toBe(1)
  })

  it("passes attachments to the media-waiver check", async () => {
    const io = testIo({ "draft.txt": "Great turnout at National Night Out in Caldwell Park tonight!" })
    await runCheck(["draft.txt", "--images", "2"], io)
    expect(io.out()).toContain("media-waiver")
  })

  it("prints the findings as JSON with --json", async () => {
    const io = testIo({ "draft.txt": blocked })
    await runCheck(["draft.txt", "--json"], io)
    const findings = JSON.parse(io.out())
    expect(findings[0]).toMatchObject({ ruleId: "privacy-ssn", severity: "block", start: 34, end: 45 })
  })

  it.each([
    [["missing.txt"], /no such file: missing\.txt/],
    [["empty.txt"], /the draft is empty/],
    [["-"], /nothing on standard input/],
    [[], /give a draft file, or - to read standard input/],
    [["draft.txt", "--platform", "myspace"], /--platform must be one of facebook, x, instagram/],
    [["draft.txt", "--surface", "story"], /--surface must be one of/],
    [["draft.txt", "--loud"], /Unknown option '--loud'/],
    [["draft.txt", "--images", "two"], /--images must be a whole number/],
    [["a.txt", "b.txt"], /one input/]
  ])("rejects bad input %j with a clear message", async (args, message) => {
    const io = testIo({ "draft.txt": clean, "empty.txt": "  \n", "a.txt": clean, "b.txt": clean })
    await expect(runCheck(args, io)).rejects.toThrow(UsageError)
    await expect(runCheck(args, io)).rejects.toThrow(message)
  })

  it("rejects a pack with a bad field, naming the field", async () => {
    const badPack = JSON.stringify({ ...reddingPackData, primaryWebsite: "not a url", officialDomains: [] })
    const io = testIo({ "draft.txt": clean, "pack.json": badPack })
    const failure = runCheck(["draft.txt", "--pack", "pack.json"], io)
    await expect(failure).rejects.toThrow(/primaryWebsite/)
    await expect(runCheck(["draft.txt", "--pack", "pack.json"], io)).rejects.toThrow(/officialDomains/)
  })

  it("rejects a pack that is not JSON", async () => {
    const io = testIo({ "draft.txt": clean, "pack.json": "{ id: redding" })
    await expect(runCheck(["draft.txt", "--pack", "pack.json"], io)).rejects.toThrow(/not valid JSON/)
  })

  it("checks with the given pack", async () => {
    const pack = JSON.stringify({ ...reddingPackData, customBlockedTerms: [{ term: "frequent flyer", category: "professionalism" }] })
    const io = testIo({ "draft.txt": "Our frequent flyer was back on Market Street today.", "pack.json": pack })
    expect(await runCheck(["draft.txt", "--pack", "pack.json"], io)).toBe(1)
    expect(io.out()).toContain("custom-blocked-term")
  })
})

describe("postguard check --jsonl", () => {
  const lines = [
    JSON.stringify({ id: "clean-1", text: clean, platform: "x" }),
    "{ this is not json",
    JSON.stringify({ id: "ssn-1", text: blocked }),
    JSON.stringify({ id: "bad-platform", text: "hello", platform: "myspace" }),
    JSON.stringify({ id: 7, text: "Photos from tonight's open house!", attachments: { images: 3, videos: 0 } })
  ].join("\n")

  it("writes one output line per input line, errors included, and runs the rest", async () => {
    const io = testIo({ "drafts.jsonl": lines })
    await runCheck(["--jsonl", "drafts.jsonl"], io)
    const output = io
      .out()
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line))
    expect(output.map((line) => line.id)).toEqual(["clean-1", "line-2", "ssn-1", "bad-platform", "7"])
    expect(output[1].error).toMatch(/line 2: not valid JSON/)
    expect(output[3].error).toMatch(/platform/)
    expect(output[2].findings.some((finding: { ruleId: string }) => finding.ruleId === "privacy-ssn")).toBe(true)
    expect(output[4].findings.some((finding: { ruleId: string }) => finding.ruleId === "media-waiver")).toBe(true)
  })

  it("gives findings in the engine's Finding shape", async () => {
    const io = testIo({ "drafts.jsonl": JSON.stringify({ id: "a", text: blocked }) })
    expect(await runCheck(["--jsonl", "drafts.jsonl"], io)).toBe(1)
    const [finding] = JSON.parse(io.out()).findings
    expect(Object.keys(finding).sort()).toEqual(["category", "citation", "end", "excerpt", "fix", "message", "ruleId", "severity", "start"])
  })

  it("exits 2 when any line was bad, after running the others", async () => {
    const io = testIo({ "drafts.jsonl": lines })
    expect(await runCheck(["--jsonl", "drafts.jsonl"], io)).toBe(2)
    expect(io.err()).toContain("2 bad input lines")
  })

  it("exits 0 when every line is clean", async () => {
    const io = testIo({}, `${JSON.stringify({ id: "a", text: clean })}\n`)
    expect(await runCheck(["--jsonl", "-"], io)).toBe(0)
  })

  it("refuses per-draft flags, which each line carries itself", async () => {
    const io = testIo({ "drafts.jsonl": lines })
    await expect(runCheck(["--jsonl", "drafts.jsonl", "--platform", "x"], io)).rejects.toThrow(/on each line/)
  })
})
