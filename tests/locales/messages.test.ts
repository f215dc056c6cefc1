// Every string the UI asks for exists in English and Spanish, and the two locales agree.
import { readdirSync, readFileSync, statSync } from "node:fs"
import { join } from "node:path"

import { describe, expect, it } from "vitest"

type Messages = Record<string, { message: string }>

const root = join(__dirname, "..", "..")
const locales = {
  en: JSON.parse(readFileSync(join(root, "locales/en/messages.json"), "utf8")) as Messages,
  es: JSON.parse(readFileSync(join(root, "locales/es/messages.json"), "utf8")) as Messages
}

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.(ts|tsx)$/.test(name) ? [path] : []
  })
}

const sources = sourceFiles(join(root, "src")).map((path) => readFileSync(path, "utf8"))
// t("key") / guardText("key") with a literal key, and t(`prefix_${...}`) with a template key.
const literalKeys = new Set(sources.flatMap((source) => Array.from(source.matchAll(/\b(?:t|guardText)\(\s*["'`]([A-Za-z0-9_]+)["'`]/g), (match) => match[1])))
const templatePrefixes = new Set(sources.flatMap((source) => Array.from(source.matchAll(/\b(?:t|guardText)\(\s*`([A-Za-z0-9_]*)\$\{/g), (match) => match[1])))
// Keys the guard passes around as data (reasons a box is not monitored; the popup translates them).
const reasonKeys = new Set(sources.flatMap((source) => Array.from(source.matchAll(/"(guard_reason_[a-z_]+)"/g), (match) => match[1])))

describe("locales", () => {
  it("names the extension through __MSG_extName__ and __MSG_extDescription__ in both languages", () => {
    for (const messages of Object.values(locales)) {
      expect(messages.extName?.message).toBeTruthy()
      expect(messages.extDescription?.message).toBeTruthy()
    }
  })

  it("has every key used with t(\"...\") in English and Spanish", () => {
    expect(literalKeys.size).toBeGreaterThan(50)
    const missing = [...literalKeys, ...reasonKeys].filter((key) => !locales.en[key]?.message || !locales.es[key]?.message)
    expect(missing).toEqual([])
  })

  it("has at least one message for every t(`prefix_${...}`) template in both languages", () => {
    const missing = [...templatePrefixes].filter((prefix) => !Object.keys(locales.en).some((key) => key.startsWith(prefix)) || !Object.keys(locales.es).some((key) => key.startsWith(prefix)))
    expect(missing).toEqual([])
  })

  it("has the same keys in English and Spanish", () => {
    expect(Object.keys(locales.es).sort()).toEqual(Object.keys(locales.en).sort())
  })

  it("uses the same $1…$9 substitutions in both languages", () => {
    const slots = (text: string) => Array.from(new Set(text.match(/\$\d/g) ?? [])).sort()
    const differing = Object.keys(locales.en).filter((key) => locales.es[key] && slots(locales.en[key].message).join() !== slots(locales.es[key].message).join())
    expect(differing).toEqual([])
  })
})
