// Insult vocabulary shared by the conduct rules, as regular-expression sources over normalised
// (lower-case) text. Two families: words that are insults whatever the frame, and words that
// insult only when aimed at someone ("you coward", "what a loser"), since they also have
// innocent uses ("punk rock", "creep up", "clown show for kids").

/** Name-calling with no innocent reading in an agency's post. */
export const ALWAYS_INSULTING = [
  "m[o0]r[o0]ns?",
  "[i1!]d[i1!][o0]ts?",
  "imbeciles?",
  "low-?li(?:fe|ves)s?",
  "sc[u*]mbags?",
  "d[i1!*]rtbags?",
  "dumb-?ass(?:es)?",
  "a[s$*]{2}holes?",
  "jackass(?:es)?",
  "douche-?bags?",
  "cretins?",
  "half-?wits?",
  "numbskulls?",
  "dipsh[i1!*]ts?",
  "sh[i1!*]theads?",
  "sleaze-?balls?",
  "slime-?balls?",
  "piece of (?:garbage|trash|crap|sh[i1!*]t|filth|work)",
  "waste of (?:space|oxygen|skin|air)",
  "bottom-?feeders?",
  "(?:human|total|absolute) (?:garbage|trash|filth)",
  "(?:like|bunch of|pack of) (?:animals|savages)",
  "scum of the earth",
  "get a life",
  "crackheads?",
  "junkies",
  "tweakers?",
  "druggies",
  "meth-?heads?"
] as const

/** Words that insult when aimed at a person; innocent elsewhere. */
export const INSULTING_WHEN_AIMED = [
  "cowards?",
  "losers?",
  "pathetic",
  "clowns?",
  "punks?",
  "thugs?",
  "creeps?",
  "scum",
  "jerks?",
  "tough guys?",
  "keyboard warriors?",
  "worthless",
  "sickos?",
  "psychos?",
  "freaks?",
  "degenerates?",
  "parasites?",
  "vermin",
  "savages?",
  "deadbeats?",
  "perverts?",
  "pervs?"
] as const

/** A global, unicode regex matching any of the sources as a whole word. */
export function wholeWordPattern(sources: readonly string[]): RegExp {
  return new RegExp(`\\b(?:${sources.join("|")})(?![\\p{L}\\p{N}_-])`, "gu")
}
