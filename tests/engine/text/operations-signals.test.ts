import { describe, expect, it } from "vitest"

import { createRuleContext } from "~/engine/context"
import { toDraft } from "~/engine/analyze"
import { reddingPack } from "~/engine/packs/redding"
import { detectPhraseSignals, privatePeopleNear, type PhraseSignal } from "~/engine/text/operations-signals"

function contextOf(text: string) {
  return createRuleContext(toDraft({ text }), reddingPack)
}

const signal = (overrides: Partial<PhraseSignal> = {}): PhraseSignal => ({
  pattern: /\bgate code \d+/g,
  message: (found) => `found ${found}`,
  fix: "remove it",
  ...overrides
})

describe("detectPhraseSignals", () => {
  it("reports spans on the original text, even when the draft hides characters", () => {
    const text = "The g\u200bate code 4471 opens the lot."
    const [match] = detectPhraseSignals(contextOf(text), [signal()])
    expect(text.slice(match.start ?? 0, match.end ?? 0)).toBe("g\u200bate code 4471")
  })

  it("drops a match that overlaps one already reported", () => {
    const matches = detectPhraseSignals(contextOf("Gate code 4471."), [signal(), signal({ pattern: /\bcode \d+/g })])
    expect(matches).toHaveLength(1)
  })

  it("honours sentence conditions only within the matched sentence", () => {
    const text = "Gate code 4471 is for staff. Never share it."
    expect(detectPhraseSignals(contextOf(text), [signal({ sentenceUnless: /\bnever\b/i })])).toHaveLength(1)
    expect(detectPhraseSignals(contextOf(text), [signal({ sentenceRequires: /\bnever\b/i })])).toEqual([])
  })

  it("honours draft conditions over the whole draft", () => {
    const text = "Gate code 4471 is for staff. Join us on Zoom."
    expect(detectPhraseSignals(contextOf(text), [signal({ draftUnless: /\bzoom\b/i })])).toEqual([])
    expect(detectPhraseSignals(contextOf(text), [signal({ draftRequires: /\bstaff\b/i })])).toHaveLength(1)
  })
})

describe("privatePeopleNear", () => {
  it("finds a private person in a neighbouring sentence but not a ranked officer", () => {
    const context = contextOf("Det. Amy Cummings spoke to reporters. Shane Wexler, 31, has not been charged.")
    const offset = context.draft.text.indexOf("has not")
    expect(privatePeopleNear(context, offset, 1).map((person) => person.text)).toEqual(["Shane Wexler"])
  })
})
