// Whatever is typed or pasted, analyze returns findings whose offsets point into the draft.
import fc from "fast-check"
import { describe, expect, it } from "vitest"

import { analyze } from "~/engine/analyze"
import { PLATFORMS, SURFACES, type Finding } from "~/engine/types"

// Pieces that stress normalisation and offset mapping, mixed with policy-relevant words so rules
// get past their first filters.
const TRICKY_PIECES = [
  "\u200b", // zero-width space
  "\u200d", // zero-width joiner
  "\u2060", // word joiner
  "\ufeff", // byte-order mark
  "\u202e", // right-to-left override
  "\u200f", // right-to-left mark
  "שלום", // Hebrew (RTL)
  "مرحبا", // Arabic (RTL)
  "e\u0301", // combining acute
  "Z\u0336\u0337\u0338", // stacked combining marks
  "🚓",
  "👮🏽‍♀️", // emoji ZWJ sequence with skin tone
  "🇺🇸",
  "\ud83d", // lone high surrogate
  "\ude93", // lone low surrogate
  "ﬂ", // ligature NFKC expands
  "Ⅻ", // roman numeral NFKC expands
  "ｆｕｌｌｗｉｄｔｈ",
  "ß",
  "İ", // lower-cases to two code units
  "\n",
  "\r\n",
  "  ",
  " #ReddingPD",
  " @ReddingPolice",
  " https://www.cityofredding.gov/jobs",
  " 530-555-0143",
  " 123-45-6789",
  " 1500 block of Main St",
  " Officers arrested John Smith, 34,",
  " the victim, Maria Lopez,",
  " shelter in place",
  " f*ck",
  " sh1t",
  " DM us if you see him",
  " Sign up now!",
  " 📸",
  " EVACUATION ORDER",
  " .",
  "?",
  "\""
]

const draftText = fc.array(fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }), fc.constantFrom(...TRICKY_PIECES)), {
  maxLength: 40
}).map((pieces) => pieces.join(""))

const draftInput = fc.record({
  text: draftText,
  platform: fc.constantFrom(...PLATFORMS),
  surface: fc.constantFrom(...SURFACES),
  attachments: fc.record({ images: fc.nat(3), videos: fc.nat(2) })
})

const EXCERPT_LIMIT = 120

function expectWellFormed(text: string, findings: readonly Finding[]): void {
  for (const finding of findings) {
    if (finding.start === null || finding.end === null) {
      expect(finding.start).toBeNull()
      expect(finding.end).toBeNull()
      continue
    }
    expect(Number.isInteger(finding.start) && Number.isInteger(finding.end)).toBe(true)
    expect(finding.start).toBeGreaterThanOrEqual(0)
    expect(finding.end).toBeGreaterThanOrEqual(finding.start)
    expect(finding.end).toBeLessThanOrEqual(text.length)
    const span = text.slice(finding.start, finding.end).replace(/\s+/g, " ").trim()
    const expected = span.length > EXCERPT_LIMIT ? `${span.slice(0, EXCERPT_LIMIT - 1)}…` : span
    expect(finding.excerpt).toBe(expected)
    expect(finding.message.length).toBeGreaterThan(0)
    // A check that threw is reported as a finding; none should.
    expect(finding.message).not.toMatch(/could not run/)
  }
}

describe("analyze on any input", () => {
  it("never throws and keeps every finding inside the draft, on every platform and surface", () => {
    fc.assert(
      fc.property(draftInput, (draft) => {
        expectWellFormed(draft.text, analyze(draft))
      }),
      { numRuns: 300 }
    )
  }, 120_000)

  it("handles very long drafts of mixed scripts", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...TRICKY_PIECES, " Officers responded to a call.", " Lorem"), { minLength: 2_000, maxLength: 4_000 }),
        fc.constantFrom(...PLATFORMS),
        (pieces, platform) => {
          const text = pieces.join("")
          expectWellFormed(text, analyze({ text, platform }))
        }
      ),
      { numRuns: 3 }
    )
  }, 120_000)
})
