import { cite } from "../../policy/clauses"
import { flatten, profileTexts } from "../profile-text"
import type { ProfileCheck } from "../types"

const DISCLOSURE = /(?:public (?:disclosure|information|records?)|disclosure|records) requests? (?:must|should|shall|may|can) be (?:directed|sent|made|submitted|addressed) to/

export default {
  id: "disclosure-requests-notice",
  title: "Notice: where public disclosure requests go",
  sections: ["about", "comment-policy"],
  citation: cite("cityDisclosureRequests"),
  run(profile) {
    const text = flatten(profileTexts(profile))
    if (!text.trim()) return { status: "unknown", reason: "No About or Comment Policy text was read or pasted." }
    const match = text.match(DISCLOSURE)
    if (match) return { status: "pass", reason: `Tells users where disclosure requests go (“${match[0]} …”).` }
    return { status: "fail", reason: "Users are not told where public disclosure requests must be directed." }
  }
} satisfies ProfileCheck
