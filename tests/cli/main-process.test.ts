// Runs the CLI as users do: bundled by esbuild (as `npm run build:cli` does), in a real process.
import { spawnSync } from "node:child_process"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { build } from "esbuild"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

const root = join(__dirname, "..", "..")
let workDir: string
let bundle: string

function postguard(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [bundle, ...args], { cwd: workDir, input, encoding: "utf8" })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), "postguard-cli-"))
  bundle = join(workDir, "cli.cjs")
  await build({
    entryPoints: [join(root, "src/cli/main.ts")],
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    outfile: bundle,
    logLevel: "silent"
  })
  writeFileSync(join(workDir, "ssn.txt"), "SSN 123-45-6789 was found on the stolen laptop.\n")
}, 60_000)

afterAll(() => {
  rmSync(workDir, { recursive: true, force: true })
})

// Each run starts a fresh Node process; on a loaded machine that takes seconds.
describe("the postguard process", { timeout: 30_000 }, () => {
  it("exits 1 on a blocked draft file", () => {
    const result = postguard(["check", "ssn.txt"])
    expect(result.status).toBe(1)
    expect(result.stdout).toContain("privacy-ssn")
  })

  it("exits 0 on a clean draft from standard input", () => {
    const result = postguard(["check", "-", "--platform", "x"], "Traffic advisory: Eureka Way is closed Saturday for the parade.\n")
    expect(result.status).toBe(0)
  })

  it("exits 2 with the reason on stderr for bad input", () => {
    const result = postguard(["check", "nowhere.txt"])
    expect(result.status).toBe(2)
    expect(result.stderr).toBe("postguard check: no such file: nowhere.txt\n")
  })

  it("exits 2 on an unknown command, naming the commands", () => {
    const result = postguard(["lint", "ssn.txt"])
    expect(result.status).toBe(2)
    expect(result.stderr).toContain("commands: check, rules, profile")
  })

  it("counts X length in the bundle as in the engine (twitter-text loads)", () => {
    const result = postguard(["check", "-", "--platform", "x", "--json"], `${"Package theft tips. ".repeat(20)}\n`)
    expect(JSON.parse(result.stdout).some((finding: { ruleId: string }) => finding.ruleId === "platform-limit")).toBe(true)
  })
})
