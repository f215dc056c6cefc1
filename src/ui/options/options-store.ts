// The options page's state: the pack being edited, where the pack in force comes from, and the
// outcome of the last save or import. Saving writes storage.local; content scripts see it live.
import browser from "webextension-polyfill"
import { create } from "zustand"

import type { PolicyPack } from "~/engine/packs/schema"
import { PackValidationError, parsePolicyPack } from "~/engine/packs/schema"
import { loadActivePack, type PackSource } from "~/shared/active-pack"
import { STORAGE_KEYS } from "~/shared/storage-keys"

import { importPackJson } from "./pack-io"

export type OptionsNotice =
  | { kind: "saved" | "imported" | "reset"; text: string }
  | { kind: "error"; text: string; problems: Array<{ field: string; reason: string }> }

interface OptionsState {
  loaded: boolean
  source: PackSource
  /** The pack as edited on the page (validated on save). */
  draft: PolicyPack | null
  notice: OptionsNotice | null
  /** Bumped when the pack is replaced whole (load, import, reset), so the form re-reads it. */
  revision: number
  load(): Promise<void>
  edit(change: (pack: PolicyPack) => PolicyPack): void
  save(): Promise<void>
  importJson(json: string): Promise<void>
  resetToBuiltIn(): Promise<void>
}

async function persist(pack: PolicyPack): Promise<void> {
  await browser.storage.local.set({ [STORAGE_KEYS.activePack]: pack })
}

export const useOptionsStore = create<OptionsState>((set, get) => ({
  loaded: false,
  source: "built-in",
  draft: null,
  notice: null,
  revision: 0,
  async load() {
    const active = await loadActivePack()
    set({
      loaded: true,
      source: active.source,
      draft: active.pack,
      revision: get().revision + 1,
      notice: active.error ? { kind: "error", text: active.error, problems: [] } : null
    })
  },
  edit(change) {
    const { draft, source } = get()
    if (!draft || source === "managed") return
    set({ draft: change(draft) })
  },
  async save() {
    const { draft, source } = get()
    if (!draft || source === "managed") return
    try {
      const pack = parsePolicyPack(draft)
      await persist(pack)
      set({ draft: pack, source: "member", notice: { kind: "saved", text: "options_saved" } })
    } catch (error) {
      const problems = error instanceof PackValidationError ? error.issues : [{ field: "(pack)", reason: String(error) }]
      set({ notice: { kind: "error", text: "options_rejected", problems } })
    }
  },
  async importJson(json) {
    if (get().source === "managed") return
    const result = importPackJson(json)
    if (!result.ok) {
      set({ notice: { kind: "error", text: "options_import_rejected", problems: result.problems } })
      return
    }
    await persist(result.pack)
    set({ draft: result.pack, source: "member", revision: get().revision + 1, notice: { kind: "imported", text: "options_imported" } })
  },
  async resetToBuiltIn() {
    if (get().source === "managed") return
    await browser.storage.local.remove(STORAGE_KEYS.activePack)
    const active = await loadActivePack()
    set({ draft: active.pack, source: active.source, revision: get().revision + 1, notice: { kind: "reset", text: "options_reset_done" } })
  }
}))
