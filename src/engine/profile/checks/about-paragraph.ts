import { compareBoilerplate } from "../boilerplate-diff"
import { cite } from "../../policy/clauses"
import type { ProfileCheck } from "../types"

export default {
  id: "about-paragraph",
  title: "Required About paragraph",
  sections: ["about"],
  citation: cite("cityAbout"),
  run(profile, pack) {
    if (!profile.about?.trim()) return { status: "unknown", reason: "No About text was read or pasted." }
    const comparison = compareBoilerplate(pack.boilerplate.aboutParagraph, profile.about)
    if (comparison.missingWords === 0 && comparison.addedWords === 0) {
      return { status: "pass", reason: "The required About paragraph is present, word for word.", diff: comparison.diff }
    }
    if (comparison.coverage < 0.3) {
      return {
        status: "fail",
        reason: "The required About paragraph is missing. Add it after the department description.",
        diff: comparison.diff
      }
    }
    return {
      status: "fail",
      reason: `The About paragraph differs from the required text: ${comparison.missingWords} word(s) missing or changed, ${comparison.addedWords} word(s) added.`,
      diff: comparison.diff
    }
  }
} satisfies ProfileCheck
