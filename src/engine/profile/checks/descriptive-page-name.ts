import { cite } from "../../policy/clauses"
import type { ProfileCheck } from "../types"

const STOP_WORDS = new Set(["the", "of", "and", "city", "county", "department", "dept"])

function significantWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 2 && !STOP_WORDS.has(word))
}

export default {
  id: "descriptive-page-name",
  title: "Descriptive page name",
  sections: ["about"],
  citation: cite("cityPageName"),
  run(profile, pack) {
    const name = profile.pageName?.trim()
    if (!name) return { status: "unknown", reason: "The page name was not shown or pasted." }
    const nameWords = new Set(significantWords(name))
    const wanted = significantWords(`${pack.agencyName} ${pack.jurisdiction}`)
    const shared = wanted.filter((word) => nameWords.has(word))
    if (/^[A-Z0-9]{2,6}$/.test(name.replace(/\s+/g, ""))) {
      return { status: "fail", reason: `“${name}” is an abbreviation; spell out the department (e.g. “${pack.agencyName}”).` }
    }
    if (shared.length >= Math.min(2, wanted.length)) return { status: "pass", reason: `“${name}” names the department.` }
    return { status: "fail", reason: `“${name}” does not describe the department; use a name like “${pack.agencyName}”.` }
  }
} satisfies ProfileCheck
