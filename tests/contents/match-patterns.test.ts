// The platforms PostGuard runs on are named once, in plasmo.config.ts; the copies Plasmo needs
// literally (content-script config, manifest host permissions) must say the same.
import { readFileSync } from "node:fs"
import { join } from "node:path"

import { describe, expect, it } from "vitest"

import { CONTENT_SCRIPT_MATCHES, PLATFORM_MATCHES } from "../../plasmo.config"
import { adaptersForHost, platformForHost } from "~/platforms"

/** Reads a content script's `matches` the way Plasmo does: from the file's text, not by running it. */
function contentScriptMatches(file: string): string[] {
  const source = readFileSync(join(__dirname, "..", "..", "src", "contents", file), "utf8")
  const list = source.match(/matches:\s*(\[[^\]]*\])/)?.[1]
  if (!list) throw new Error(`${file} has no literal matches list`)
  return JSON.parse(list) as string[]
}

const packageJson = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as { manifest: { host_permissions: string[]; permissions: string[] } }

describe("where PostGuard runs", () => {
  it("runs the compose guard on exactly the platforms plasmo.config names", () => {
    expect(contentScriptMatches("compose-guard.ts")).toEqual([...CONTENT_SCRIPT_MATCHES])
  })

  it("asks for host access to those platforms and nothing else", () => {
    expect(packageJson.manifest.host_permissions).toEqual([...CONTENT_SCRIPT_MATCHES])
    expect(packageJson.manifest.permissions).toEqual(["storage"])
  })

  it("picks each platform's adapter by host name, with the generic fallback after it", () => {
    for (const [platform, patterns] of Object.entries(PLATFORM_MATCHES)) {
      for (const pattern of patterns) {
        const host = new URL(pattern.replace(/\*$/, "")).hostname
        expect(platformForHost(host)).toBe(platform)
        expect(adaptersForHost(host).map((adapter) => adapter.platform)).toEqual([platform, "generic"])
      }
    }
  })

  it("uses every site adapter on PostGuard's own pages, where the markup tells the platform", () => {
    expect(adaptersForHost("abcdefghijklmnop").map((adapter) => adapter.platform)).toEqual(["instagram", "facebook", "x", "linkedin", "pinterest", "generic"])
  })
})
