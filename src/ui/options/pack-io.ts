// Import and export of policy packs as JSON; a rejected pack names each bad field and changes nothing.
import { PackValidationError, parsePolicyPack, type PolicyPack } from "~/engine/packs/schema"

export type PackImportResult =
  | { ok: true; pack: PolicyPack }
  | { ok: false; problems: Array<{ field: string; reason: string }> }

export function importPackJson(json: string): PackImportResult {
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch (error) {
    return { ok: false, problems: [{ field: "(file)", reason: `not valid JSON: ${(error as Error).message}` }] }
  }
  try {
    return { ok: true, pack: parsePolicyPack(value) }
  } catch (error) {
    if (error instanceof PackValidationError) return { ok: false, problems: error.issues }
    throw error
  }
}

export function exportPackJson(pack: PolicyPack): string {
  return `${JSON.stringify(pack, null, 2)}\n`
}

/** Splits a textarea of one entry per line into a clean list. */
export function linesToList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
}

export function listToLines(list: readonly string[]): string {
  return list.join("\n")
}
