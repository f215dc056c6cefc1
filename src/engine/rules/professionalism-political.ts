import { defineRule, type RuleContext, type RuleMatch } from "../rule"
import { cite } from "../policy/clauses"
import { isQuoted } from "../text/quoted-spans"
import { sentenceAt, sentenceIndexAt } from "../text/sentence-lookup"
import { findPattern, type Span } from "../text/terms"

const OFFICE =
  "(?:city council|council|mayor|sheriff|district attorney|da|governor|state senate|senate|congress|assembly|board of supervisors|supervisor|school board|judge|president|district \\d+)"

// Telling people how to vote, or campaigning for or against someone.
const CAMPAIGNING_PHRASES = [
  "vote (?:them|him|her|['’]em|these \\w+|the \\w+) out",
  "vote (?:yes|no) on",
  "vote (?:against|for) (?:prop(?:osition)?|measure) \\w+",
  "(?:re-?elect(?:ing)?|elect(?:ing)?|endors(?:e|es|ed|ing)|vote for|voting for) [^.!?\\n]{0,40}for (?:[a-z]+ ){0,3}?" + OFFICE + "(?![\\p{L}'’])",
  "re-?election (?:campaign|bid|fundraiser|effort)",
  "campaign (?:fundraiser|kickoff|rally|event)",
  "(?:let (?:him|her|them) know|remember (?:that|this|him|her|them)|show (?:him|her|them))[^.!?\\n]{0,30}?(?:at|in|on|come) (?:the (?:next )?(?:election|polls|ballot box)|november|election day)",
  "vote (?:republican|democrat|democratic|red|blue|gop|conservative|liberal|progressive)(?![\\p{L}])",
  "(?:the )?only candidate (?:who|that) (?:will|would|can|cares|supports|backs|stands|understands|gets)",
  "remember (?:this|that|it|them)? ?(?:in|come|on|at) (?:november|election day|the polls|the ballot box)",
  "remember (?:this|that|it|them|their names?|(?:his|her) name|who [^.!?\\n]{1,40}?) (?:when|as) you (?:fill out|cast|mark|get|vote|go to)[^.!?\\n]{0,20}?(?:ballot|vote|polls)",
  "(?:yes|no) on (?:prop(?:osition)?|measure) \\w+",
  "(?:support|your vote|vote for \\w+|vote) at the (?:ballot box|polls)",
  "make sure (?:he|she|they)(?:['’]s|['’]re| is| are| gets?) (?:re-?elected|voted (?:in|out))",
  "(?:keep|put|vote) (?:him|her|them) (?:in|out of) office",
  "(?:vote for|re-?elect|elect) (?:him|her|them) (?:in november|this november|on election day|next month|in the (?:primary|general|election))",
  "(?:repeal|pass|defeat|kill) (?:prop(?:osition)?|measure) \\w+",
  "(?:only|one) candidate[^.!?\\n]{0,60}(?:supports?|backs?|cares about|stands with) (?:law enforcement|the police|police|us|cops)",
  "(?:anti|pro)-?(?:police|cop) (?:candidates?|politicians?|democrats?|republicans?|liberals?|conservatives?)"
]
const CAMPAIGNING = new RegExp(`\\b(?:${CAMPAIGNING_PHRASES.join("|")})`, "gu")
// "Measure A is a disaster. Vote NO.": a bare "vote yes/no" campaigns when a measure was just named.
const VOTE_YES_NO = /\bvote (?:yes|no)(?![\p{L}])(?! on)/gu
const BALLOT_MEASURE = /\b(?:measure|prop(?:osition)?)\s+[a-z0-9]{1,4}\b/i
// Hashtags like #VoteYesOnMeasureB, #RecallNewsom, #VoteThemOut (not #VoteEarly or #ElectionDay).
const CAMPAIGN_HASHTAG =
  /#(?:vote(?:yes|no|for|against|them|him|her|red|blue|republican|democrat|gop|dem)|yeson|noon(?:prop|measure)|recall|reelect|repeal(?:prop|measure)|impeach|defeat(?:prop|measure))[\p{L}\p{N}_]*/gu

// "vote Jeff Armitage", "vote for Jane Ruiz": a full name after "vote" (not a weekday, a place or
// an officer in a community contest).
// "Re-elect Dahle 2024!", "Reelect Sheriff Mike Castillo"
const RE_ELECT_NAME = /\b[Rr]e-?elect\s+(?:(?:[Ss]en|[Ss]enator|[Ss]heriff|[Mm]ayor|[Jj]udge|[Ss]upervisor|[Cc]ouncilmember|[Aa]ssemblymember|[Rr]ep|DA)\.?\s+)?\p{Lu}[\p{L}'’-]+/gu
const VOTE_NAME = /\b[Vv]ote\s+(?:for\s+|against\s+)?(\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+)/gu
const NOT_A_CANDIDATE =
  /^(?:Tuesday|Monday|Wednesday|Thursday|Friday|Saturday|Sunday|November|Early|Center|Centers|Here|Today|Now|Safely|By|At|In|On|Yes|No|Smart|Informed|Officer|Sgt|Sergeant|Deputy|Detective|K9|Our|The|Your|Best|Shasta|Redding)\b/

// Parties and partisan labels, partisan only next to blame, praise or campaign words.
const PARTY =
  /\b(?:democrats?|democratic party|dems|republicans?|republican party|gop|liberals?|libs|leftists?|conservatives?|right-wingers?|maga|progressives|socialists?)(?![\p{L}])/gu
// "Thanks to the Democrats in Sacramento, …": thanks as blame, a clause after a comma.
const SARCASTIC_THANKS = /\bthanks to (?:the )?(?:democrats?|republicans?|liberals?|conservatives?|dems|gop|libs|leftists?|progressives)\b[^.!?\n,]{0,40},/i
const BOTH_PARTIES = /\bdemocrat[\s\S]*\brepublican|\brepublican[\s\S]*\bdemocrat/i
const PARTISAN_CUE =
  /\b(?:blame|fault|because of|soft on crime|slap on the wrist|revolving door|ruin\w*|destroy\w*|woke|radical|vote (?:for|against|out)|care about|hate|anti-police|pro-police|defund\w*|out of touch|failed|failing|coddl\w*|repeat offenders?|back on the streets?|catch and release|released (?:again|early))\b/i

// Attacking officials over their politics or budgets.
const OFFICIALS =
  /\b(?:dear |hey )?(?:city council|council members?|councilmembers?|the mayor|mayor \p{Lu}\w+|politicians|lawmakers|legislators|sacramento|the governor|board of supervisors|the supervisors|the da|the district attorney|congress)(?![\p{L}])/giu
const POLITICAL_ATTACK =
  /\b(?:wast(?:e|es|ed|ing) (?:millions|money|our|your|taxpayer)|soft on crime|slap on the wrist|revolving door|don['’]t care about|refuse[sd]? to fund|defund\w*|if you funded|failed us|failing us|sold out|out of touch|to blame|their fault|your fault|coddl\w*|pro-criminal|hug-a-thug|catch and release|too (?:scared|afraid|weak|spineless) to|refuses? to (?:charge|prosecute)|won['’]t (?:charge|prosecute))\b/i

function politicalMatch(found: Span, text: string, why: string): RuleMatch {
  return {
    start: found.start,
    end: found.end,
    message: `"${text.slice(found.start, found.end)}" ${why} A department page must stay out of partisan politics; it speaks for the whole community.`,
    fix: "Remove the political content. Neutral election-day logistics (poll hours, traffic, parking) are fine."
  }
}

function sentenceTextAt(context: RuleContext, offset: number): string {
  const sentence = sentenceAt(context.sentences, offset)
  return sentence ? sentence.text : ""
}

export default defineRule({
  id: "professionalism-political",
  title: "Partisan political content",
  category: "professionalism",
  defaultSeverity: "block",
  citation: cite("rpd321_5d"),
  rationale:
    "Endorsing or opposing candidates, parties or ballot measures, or attacking officials' politics, from an official police account compromises the department's neutrality and reputation (Policy 321.5(d)); official accounts are for official purposes only.",
  cases: {
    fire: [
      { text: "Thanks to the Democrats in Sacramento, car burglars get a slap on the wrist. Vote them out.", excerpt: "Vote them out" },
      {
        text: "Election Day is Tuesday! Only one candidate for City Council supports law enforcement: vote Jeff Armitage, District 3.",
        excerpt: "vote Jeff Armitage"
      },
      {
        text: "Dear City Council: maybe if you funded your police department instead of wasting millions on bike lanes, we could do our jobs.",
        excerpt: "Dear City Council"
      },
      { text: "Tired of retail theft? Vote yes on Measure B this November.", excerpt: "Vote yes on" }
    ],
    pass: [
      {
        text: "Election Day reminder: polls are open 7 a.m. to 8 p.m. Tuesday. Electioneering within 100 feet of a polling place is prohibited.",
        note: "Neutral election logistics."
      },
      { text: "City Council approved the budget for six new patrol officers on Tuesday night.", note: "Neutral news about the Council." },
      { text: "Someone spray-painted the Shasta County Republican Party office on Hilltop overnight. Info? (530) 225-4200", note: "A crime report naming a party office." },
      { text: "Don't forget to vote Tuesday! Vote centers are open 7 a.m. to 8 p.m.", note: "Get-out-the-vote without a side." }
    ]
  },
  detect(context) {
    const { text } = context.draft
    const candidates: RuleMatch[] = []
    for (const found of [...findPattern(context.normalized, CAMPAIGNING), ...findPattern(context.normalized, CAMPAIGN_HASHTAG)]) {
      candidates.push(politicalMatch(found, text, "campaigns for or against a candidate or ballot measure."))
    }
    for (const found of findPattern(context.normalized, VOTE_YES_NO)) {
      const index = sentenceIndexAt(context.sentences, found.start)
      const nearby = context.sentences.slice(Math.max(0, index - 1), index + 1).map((sentence) => sentence.text).join(" ")
      if (BALLOT_MEASURE.test(nearby)) candidates.push(politicalMatch(found, text, "tells people how to vote on a ballot measure."))
    }
    for (const found of text.matchAll(RE_ELECT_NAME)) {
      candidates.push(politicalMatch({ start: found.index, end: found.index + found[0].length }, text, "campaigns for a candidate."))
    }
    for (const found of text.matchAll(VOTE_NAME)) {
      if (NOT_A_CANDIDATE.test(found[1])) continue
      const span = { start: found.index, end: found.index + found[0].length }
      candidates.push(politicalMatch(span, text, "tells people whom to vote for."))
    }
    for (const found of findPattern(context.normalized, PARTY)) {
      const sentence = sentenceTextAt(context, found.start)
      // Naming both parties together is bipartisan, not partisan.
      if (BOTH_PARTIES.test(sentence) || !(PARTISAN_CUE.test(sentence) || SARCASTIC_THANKS.test(sentence))) continue
      candidates.push(politicalMatch(found, text, "takes a side about a political party."))
    }
    for (const found of findPattern(context.normalized, OFFICIALS)) {
      if (!POLITICAL_ATTACK.test(sentenceTextAt(context, found.start))) continue
      candidates.push(politicalMatch(found, text, "attacks elected officials over their politics or budget choices."))
    }
    return candidates.filter((match) => !isQuoted(text, { start: match.start ?? 0, end: match.end ?? 0 }))
  }
})
