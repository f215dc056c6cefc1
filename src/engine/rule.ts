// What a rule is: its metadata (id, category, severity, citation, examples) and its detector.
import type { PolicyPack } from "./packs/schema"
import type { NormalizedText } from "./text/normalize"
import type { PersonName } from "./text/names"
import type { Sentence } from "./text/sentences"
import type { Attachments, Category, Citation, Draft, Platform, Severity, Surface } from "./types"

/** An example draft for a rule: tests run it, the catalog and the sandbox show it. */
export interface RuleCase {
  text: string
  platform?: Platform
  surface?: Surface
  attachments?: Attachments
  /** For cases that must fire: the exact text the finding must span (omit for whole-draft findings). */
  excerpt?: string
  /** Why this case fires or not, for trainers. */
  note?: string
}

export interface RuleMatch {
  start: number | null
  end: number | null
  /** Why this is a problem, in plain words; specific to what was found. */
  message: string
  fix?: string
  /** For rules whose matches come from pack data with their own category (custom blocked terms). */
  category?: Category
}

export interface RuleContext {
  readonly draft: Draft
  readonly pack: PolicyPack
  readonly normalized: NormalizedText
  /** Sentences of the draft with offsets (computed once per analysis). */
  readonly sentences: readonly Sentence[]
  /** Person names (compromise, cached per sentence; computed on first use). */
  readonly personNames: readonly PersonName[]
}

export interface Rule {
  /** Equals the rule's file name. */
  id: string
  /** Short title for the catalog ("Private phone number"). */
  title: string
  category: Category
  defaultSeverity: Severity
  citation: Citation
  /** Why the rule exists, for the catalog and trainers. */
  rationale: string
  cases: {
    /** Drafts that must get this rule's finding. */
    fire: RuleCase[]
    /** Near-misses that must not. */
    pass: RuleCase[]
  }
  detect(context: RuleContext): RuleMatch[]
}

export function defineRule(rule: Rule): Rule {
  return rule
}
