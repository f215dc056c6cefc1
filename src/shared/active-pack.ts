// The pack in force: managed (IT-pushed) beats member-edited beats the built-in Redding pack.
import browser from "webextension-polyfill"

import { reddingPack } from "~/engine/packs/redding"
import { parsePolicyPack, type PolicyPack } from "~/engine/packs/schema"

import { STORAGE_KEYS } from "./storage-keys"

export type PackSource = "managed" | "member" | "built-in"

export interface ActivePack {
  pack: PolicyPack
  source: PackSource
  /** Set when a stored pack failed validation and the next source was used instead. */
  error?: string
}

async function readManagedPack(): Promise<unknown> {
  try {
    const managed = await browser.storage.managed.get(STORAGE_KEYS.managedPack)
    return managed[STORAGE_KEYS.managedPack]
  } catch {
    // No enterprise policy installed (the usual case): storage.managed throws or is absent.
    return undefined
  }
}

export async function loadActivePack(): Promise<ActivePack> {
  let error: string | undefined
  const managed = await readManagedPack()
  if (managed !== undefined) {
    try {
      return { pack: parsePolicyPack(typeof managed === "string" ? JSON.parse(managed) : managed), source: "managed" }
    } catch (problem) {
      error = `Managed pack ignored: ${problem instanceof Error ? problem.message : String(problem)}`
    }
  }
  const stored = (await browser.storage.local.get(STORAGE_KEYS.activePack))[STORAGE_KEYS.activePack]
  if (stored !== undefined) {
    try {
      return { pack: parsePolicyPack(stored), source: "member", ...(error ? { error } : {}) }
    } catch (problem) {
      error = `Stored pack ignored: ${problem instanceof Error ? problem.message : String(problem)}`
    }
  }
  return { pack: reddingPack, source: "built-in", ...(error ? { error } : {}) }
}

/** Calls back with the new active pack whenever storage changes it; returns the unsubscribe. */
export function watchActivePack(onChange: (active: ActivePack) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if ((area === "local" && STORAGE_KEYS.activePack in changes) || area === "managed") {
      void loadActivePack().then(onChange)
    }
  }
  browser.storage.onChanged.addListener(listener)
  return () => browser.storage.onChanged.removeListener(listener)
}
