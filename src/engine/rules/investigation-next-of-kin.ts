import { defineRule, type RuleMatch } from "../rule"
import { cite } from "../policy/clauses"
import { privatePeopleNear } from "../text/operations-signals"
import { findPattern } from "../text/terms"

const KIN = String.raw`(?:family|families|next of kin|relatives|loved ones|parents|wife|husband|spouse|mother|father|children)`
// "We have not yet been able to reach his family", "next of kin have not been notified"
const KIN_NOT_NOTIFIED = new RegExp(
  String.raw`\b(?:(?:have|has|had)(?: not|n['’]t)(?: yet)?(?: been able to)? (?:reach|reached|notify|notified|contact|contacted|locate|located|inform|informed|tell|told) (?:his |her |their |the |any )?${KIN}|${KIN} (?:has|have|had)(?: not|n['’]t)(?: yet)? been (?:notified|reached|contacted|located|informed|told)|(?:until|before) (?:his |her |their |the )?${KIN} (?:has|have|had|is|are) (?:been )?(?:notified|reached|contacted|informed|told)|(?:until|before) (?:they|he|she)['’]?(?:ve| have| has|s)? been notified|${KIN} (?:is|are) (?:still )?being (?:notified|contacted|located)|(?:still )?(?:trying|working) to (?:reach|locate|notify|contact) (?:his|her|their|the) ${KIN})\b`,
  "g"
)
// Withholding the name until notification is the practice the policy wants.
const NAME_WITHHELD =
  /\b(?:name|identity|names|identities) (?:is|are|will be|has been|have been|was|were) (?:being )?(?:withheld|not (?:being )?released|released (?:after|once|when)|held)|\bnot releasing (?:his|her|their|the) (?:name|identity)|\bwithhold(?:ing)? (?:his|her|their|the) (?:name|identity)/i

export default defineRule({
  id: "investigation-next-of-kin",
  title: "Person named before next of kin are notified",
  category: "investigation",
  defaultSeverity: "block",
  citation: cite("rpd321_5c"),
  rationale:
    "A family must not learn of a death or serious injury from a social media post. When a draft says the family has not been reached, the person's name must wait until they have been.",
  cases: {
    fire: [
      {
        text: "The driver killed in this morning's crash has been identified as Dale Wingert, 67, of Palo Cedro. We have not yet been able to reach his family, so please don't share this.",
        excerpt: "have not yet been able to reach his family"
      },
      {
        text: "Maria Lopez, 42, died at the scene. Her next of kin have not been notified.",
        excerpt: "next of kin have not been notified"
      }
    ],
    pass: [
      {
        text: "The driver, a 45-year-old man, died at the scene. His name is being withheld pending notification of next of kin.",
        note: "The right practice: no name until the family knows."
      },
      {
        text: "The victim's name is not being released because next of kin have not been notified.",
        note: "Says the family has not been reached, but names no one."
      },
      {
        text: "Dale Wingert, 67, of Palo Cedro died in the crash. His family has been notified and asks for privacy.",
        note: "The family has been notified."
      }
    ]
  },
  detect(context) {
    const text = context.draft.text
    if (NAME_WITHHELD.test(text)) return []
    const matches: RuleMatch[] = []
    for (const found of findPattern(context.normalized, KIN_NOT_NOTIFIED)) {
      const [person] = privatePeopleNear(context, found.start, 2)
      if (!person) continue
      matches.push({
        start: found.start,
        end: found.end,
        message: `The draft names ${person.text} while saying "${text.slice(found.start, found.end)}". The family must not learn about this from a post.`,
        fix: 'Withhold the name: "The name is being withheld pending notification of next of kin." Post it once the family has been notified.'
      })
    }
    return matches
  }
})
