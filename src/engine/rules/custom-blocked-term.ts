import type { PolicyPack } from "../packs/schema"
import { defineRule, type RuleMatch } from "../rule"
import { cite } from "../policy/clauses"
import { normalizeText } from "../text/normalize"
import { findPattern } from "../text/terms"

// One rule for every entry of the pack's customBlockedTerms; each finding carries the category the
// pack gives its term (the agency's reason for listing it).

type BlockedTerm = PolicyPack["customBlockedTerms"][number]

interface CompiledTerms {
  regex: RegExp
  /** Entry per normalised term text, to find which entry a match came from. */
  entries: Map<string, BlockedTerm>
}

const compiledByList = new WeakMap<readonly BlockedTerm[], CompiledTerms | null>()

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
}

function termKey(text: string): string {
  return text.replace(/\s+/g, " ").trim()
}

// Pack terms are data from an imported file: escaped, never read as pattern syntax.
function compile(terms: readonly BlockedTerm[]): CompiledTerms | null {
  const entries = new Map<string, BlockedTerm>()
  for (const entry of terms) {
    const key = termKey(normalizeText(entry.term).text)
    if (key && !entries.has(key)) entries.set(key, entry)
  }
  if (entries.size === 0) return null
  const alternatives = [...entries.keys()]
    .sort((a, b) => b.length - a.length)
    .map((key) => escapeRegExp(key).replace(/ /g, "\\s+"))
  const regex = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}_])`, "gu")
  return { regex, entries }
}

function compiledTerms(terms: readonly BlockedTerm[]): CompiledTerms | null {
  if (!compiledByList.has(terms)) compiledByList.set(terms, compile(terms))
  return compiledByList.get(terms) ?? null
}

const EXAMPLE_PACK_NOTE = "Fires when the pack lists the term (the built-in Redding pack lists none)."

export default defineRule({
  id: "custom-blocked-term",
  title: "Term the agency has blocked",
  category: "professionalism",
  defaultSeverity: "block",
  citation: cite("rpd321_5d"),
  rationale:
    "An agency can list words it never wants on its pages (nicknames for groups, internal slang, names under a court order). The pack gives each term a category and an optional reason; matching is whole-word on normalised text, so disguised spellings still match.",
  cases: {
    fire: [
      { text: "Another frequent flyer call on Market Street tonight.", excerpt: "frequent flyer", note: EXAMPLE_PACK_NOTE },
      { text: "Deputies cleared the TRANSIENT CAMP by the river.", excerpt: "TRANSIENT CAMP", note: EXAMPLE_PACK_NOTE },
      { text: "Another frequent   ﬂyer call.", excerpt: "frequent   ﬂyer", note: "Spacing and ligatures do not hide the term." }
    ],
    pass: [
      { text: "Frequent flyers at Redding Municipal Airport should allow extra time.", note: "Plural is another word." },
      { text: "Officers contacted a man at an encampment by the river.", note: "Not a listed term." }
    ]
  },
  detect(context) {
    const compiled = compiledTerms(context.pack.customBlockedTerms)
    if (!compiled) return []
    const matches: RuleMatch[] = []
    for (const found of findPattern(context.normalized, compiled.regex)) {
      const entry = compiled.entries.get(termKey(found.term))
      if (!entry) continue
      const said = context.draft.text.slice(found.start, found.end)
      matches.push({
        start: found.start,
        end: found.end,
        message: `“${said}” is on ${context.pack.agencyName}'s list of blocked terms.${entry.message ? ` ${entry.message}` : ""}`,
        category: entry.category,
        fix: "Reword without this term."
      })
    }
    return matches
  }
})
