import { compareBoilerplate } from "../boilerplate-diff"
import { cite } from "../../policy/clauses"
import type { ProfileCheck } from "../types"

export default {
  id: "comment-policy-disclaimer",
  title: "Comment Policy disclaimer",
  sections: ["comment-policy"],
  citation: cite("cityCommentPolicy"),
  run(profile, pack) {
    if (profile.commentsEnabled === false) return { status: "pass", reason: "Comments are turned off, so no Comment Policy is required." }
    if (!profile.commentPolicy?.trim()) {
      return { status: "unknown", reason: "No Comment Policy text was read or pasted; it is required while comments are enabled." }
    }
    const comparison = compareBoilerplate(pack.boilerplate.commentPolicy, profile.commentPolicy)
    if (comparison.missingWords === 0 && comparison.addedWords === 0) {
      return { status: "pass", reason: "The required disclaimer is present, word for word.", diff: comparison.diff }
    }
    if (comparison.coverage < 0.3) {
      return { status: "fail", reason: "The Comment Policy does not contain the required disclaimer.", diff: comparison.diff }
    }
    return {
      status: "fail",
      reason: `The disclaimer differs from the required text: ${comparison.missingWords} word(s) missing or changed, ${comparison.addedWords} word(s) added.`,
      diff: comparison.diff
    }
  }
} satisfies ProfileCheck
