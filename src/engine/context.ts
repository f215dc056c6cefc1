// Builds the per-analysis context rules share; expensive parts are computed on first use.
import type { PolicyPack } from "./packs/schema"
import type { RuleContext } from "./rule"
import { findPersonNames, type PersonName } from "./text/names"
import { normalizeText, type NormalizedText } from "./text/normalize"
import { splitSentences, type Sentence } from "./text/sentences"
import type { Draft } from "./types"

export function createRuleContext(draft: Draft, pack: PolicyPack): RuleContext {
  let normalized: NormalizedText | undefined
  let sentences: Sentence[] | undefined
  let personNames: PersonName[] | undefined
  return {
    draft,
    pack,
    get normalized() {
      return (normalized ??= normalizeText(draft.text))
    },
    get sentences() {
      return (sentences ??= splitSentences(draft.text))
    },
    get personNames() {
      return (personNames ??= findPersonNames(draft.text, this.sentences, pack.localPlaces))
    }
  }
}
