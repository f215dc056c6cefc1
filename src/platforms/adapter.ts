// What a site adapter answers: which elements are compose boxes, where their post control is,
// which keys publish, what is attached. Every selector for a site lives in that site's file.
import type { ProfileSnapshot } from "~/engine/profile/types"
import type { Attachments, Platform, Surface } from "~/engine/types"

export interface ComposeTarget {
  element: HTMLElement
  surface: Surface
}

export interface PlatformAdapter {
  platform: Platform
  /** Compose boxes currently in the document (cheap: a few selector queries, no text reads). */
  findBoxes(root: ParentNode): ComposeTarget[]
  /** A focused editable the scan missed, claimed on focus (the generic fallback); null to leave it. */
  claimFocused?(element: HTMLElement): ComposeTarget | null
  /** The control that publishes the box, or null when it cannot be found (the box is then not monitored). */
  findSubmit(target: ComposeTarget): HTMLElement | null
  /** Whether the box publishes without a visible control (Enter in comment boxes): then a missing control is fine. */
  submitsWithEnter(target: ComposeTarget): boolean
  /** Whether this key press in the box publishes it. */
  isSubmitKey(event: KeyboardEvent, target: ComposeTarget): boolean
  countAttachments(target: ComposeTarget): Attachments
  /** The profile (About, bio, links) shown on the open page, for the popup's profile audit. */
  readProfile?(document: Document): ProfileSnapshot | null
}
