import { describe, expect, it } from "vitest"

import { reddingPack } from "~/engine/packs/redding"
import { exportPackJson, importPackJson, linesToList } from "~/ui/options/pack-io"

describe("importing a policy pack", () => {
  it("accepts an exported pack unchanged", () => {
    const result = importPackJson(exportPackJson(reddingPack))
    expect(result).toEqual({ ok: true, pack: reddingPack })
  })

  it("rejects a file that is not JSON, saying so", () => {
    const result = importPackJson("{ agencyName: ")
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.problems[0].field).toBe("(file)")
  })

  it("names the bad field and why", () => {
    const broken = { ...reddingPack, officialDomains: ["not a domain"], ruleSeverities: { profanity: "sometimes" } }
    const result = importPackJson(JSON.stringify(broken))
    expect(result.ok).toBe(false)
    if (result.ok) return
    const fields = result.problems.map((problem) => problem.field)
    expect(fields).toContain("officialDomains.0")
    expect(fields).toContain("ruleSeverities.profanity")
  })

  it("rejects unknown fields so typos do not silently do nothing", () => {
    const result = importPackJson(JSON.stringify({ ...reddingPack, oficialPhones: [] }))
    expect(result.ok).toBe(false)
  })

  it("rejects a pack missing its boilerplate", () => {
    const { boilerplate: _ignored, ...withoutBoilerplate } = reddingPack
    const result = importPackJson(JSON.stringify(withoutBoilerplate))
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.problems.map((problem) => problem.field)).toContain("boilerplate")
  })
})

describe("list fields", () => {
  it("keep one entry per line, trimmed, without blanks", () => {
    expect(linesToList(" cityofredding.gov \n\n reddingpolice.org\r\n")).toEqual(["cityofredding.gov", "reddingpolice.org"])
  })
})
