// The City limits commentary on its pages to City programs and services. Whether a comment is on
// topic is a moderator's judgement, so this only raises "possibly off-topic" (warn) when the
// comment shows a clear sign of being about something else (campaigning, spam, chain messages),
// or when a comment of some length shares no subject word with the post it answers and names
// nothing the City does.
import { cite } from "~/engine/policy/clauses"

import type { CommentFinding } from "./comment-finding"

export const OFF_TOPIC_RULE_ID = "comment-off-topic"

/** Signs a comment is about something other than the post or City business, whatever its length. */
const OFF_TOPIC_SIGNS: readonly { pattern: RegExp; reason: string }[] = [
  {
    pattern: /\b(?:vote (?:for|yes on|no on)|re-?elect|running for (?:mayor|sheriff|council|office|congress|senate|governor|president)|campaign (?:donation|contribution)s?|(?:donate|contribute) to (?:my|our|the) campaign)\b|#\w+for(?:mayor|sheriff|council|congress|president)\b/i,
    reason: "it campaigns for a candidate or ballot measure"
  },
  {
    pattern: /\b(?:follow (?:me|my page|my channel)|check out my (?:page|channel|profile|stream|videos?)|subscribe to my|dm me|message me (?:for|to)|link in (?:my )?bio|giveaway|crypto(?:currency)?|bitcoin|forex|passive income|work from home and earn)\b/i,
    reason: "it promotes the commenter's own page or an unrelated offer"
  },
  {
    pattern: /\b(?:copy and paste|copy & paste|share this (?:to|with) (?:\d+|ten|everyone)|repost this (?:if|or)|forward this to)\b/i,
    reason: "it is a chain message"
  }
]

/** Words that tie a comment to the agency or City programs and services even when the post does not use them. */
const CITY_BUSINESS_WORDS = new Set(
  (
    "police officer officers cop cops deputy deputies sergeant sgt lieutenant chief detective dispatch dispatcher 911 department rpd agency " +
    "city council mayor redding shasta county public service services program programs permit permits fee fees tax taxes budget " +
    "crime crimes criminal arrest arrested suspect suspects theft stolen burglary robbery vandalism shooting stabbing assault dui drunk " +
    "safety safe unsafe danger dangerous emergency fire firefighter firefighters ambulance accident crash collision " +
    "traffic road roads street streets highway freeway intersection signal speeding speed parking park parks trail trails library " +
    "homeless homelessness shelter neighborhood neighbourhood community patrol patrols ticket tickets citation jail court law laws " +
    "water sewer trash garbage recycling utility utilities electric power outage school schools kids youth event events " +
    "thank thanks thankyou grateful appreciate appreciated job work hero heroes prayers praying hiring recruit recruitment"
  ).split(/\s+/)
)

const STOPWORDS = new Set(
  (
    "a an the and or but if then so to of in on at by for with from as is are was were be been being am do does did done have has had " +
    "i me my mine we us our you your yours he him his she her hers it its they them their this that these those there here what which who whom " +
    "whose when where why how all any both each few more most other some such no nor not only own same than too very can will just should now " +
    "would could about into over under again further once up down out off also get got go going gone make made like know think really one two " +
    "people guy guys lol omg yes yeah ok okay oh hey hi please im dont cant wont didnt doesnt isnt arent thats whats youre theyre"
  ).split(/\s+/)
)

/** Below this many subject words a comment is a reaction ("Great job!", "Be safe out there") and is left alone. */
const MIN_SUBJECT_WORDS = 8

function stem(word: string): string {
  return word.replace(/(?:ing|ers|er|ed|es|s)$/, "").slice(0, 8)
}

function subjectWords(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9][a-z0-9']*/g) ?? []).map((word) => word.replace(/'/g, "")).filter((word) => word.length > 2 && !STOPWORDS.has(word))
}

// Every comment under one post is compared with the same post text: stem it once per post.
let stemmedPost: { text: string; stems: Set<string> } | null = null

function postStemsOf(postText: string): Set<string> {
  if (stemmedPost?.text !== postText) stemmedPost = { text: postText, stems: new Set(subjectWords(postText).map(stem)) }
  return stemmedPost.stems
}

export function offTopicFinding(commentText: string, postText: string | null): CommentFinding | null {
  const sign = OFF_TOPIC_SIGNS.find(({ pattern }) => pattern.test(commentText))
  let reason = sign?.reason
  if (!reason && postText) {
    const words = subjectWords(commentText)
    if (words.length >= MIN_SUBJECT_WORDS && !words.some((word) => CITY_BUSINESS_WORDS.has(word))) {
      const postStems = postStemsOf(postText)
      if (!words.some((word) => postStems.has(stem(word)))) reason = "it shares no subject with the post and names no City program or service"
    }
  }
  if (!reason) return null
  return {
    ruleId: OFF_TOPIC_RULE_ID,
    category: "off-topic",
    severity: "warn",
    start: null,
    end: null,
    excerpt: commentText.length > 80 ? `${commentText.slice(0, 77)}...` : commentText,
    message: `This comment may be off-topic: ${reason}. Comments on City pages are limited to City programs and services.`,
    fix: "Judge it yourself: remove it only if it is not about City programs or services, and retain it first.",
    citation: cite("cityCommentaryLimited")
  }
}
