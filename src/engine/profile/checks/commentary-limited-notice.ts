import { cite } from "../../policy/clauses"
import { flatten, profileTexts } from "../profile-text"
import type { ProfileCheck } from "../types"

const LIMITED = /limited to (?:the )?(?:city(?:'s)? )?(?:programs?(?:,)? (?:or|and) services|programs?, services)/

export default {
  id: "commentary-limited-notice",
  title: "Notice: commentary limited to City programs and services",
  sections: ["about", "comment-policy"],
  citation: cite("cityCommentaryLimited"),
  run(profile) {
    const text = flatten(profileTexts(profile))
    if (!text.trim()) return { status: "unknown", reason: "No About or Comment Policy text was read or pasted." }
    if (LIMITED.test(text)) return { status: "pass", reason: "Tells users that commentary is limited to City programs or services." }
    return { status: "fail", reason: "Users are not told that commentary is limited to City programs or services." }
  }
} satisfies ProfileCheck
