import { cite } from "../../policy/clauses"
import type { ProfileCheck } from "../types"

export default {
  id: "page-type-government",
  title: "Page type is “government”",
  sections: ["about"],
  citation: cite("cityTypeGovernment"),
  run(profile) {
    if (!profile.category?.trim()) return { status: "unknown", reason: "The page type / category was not shown or pasted." }
    if (/\bgovernment\b/i.test(profile.category)) return { status: "pass", reason: `Page type is “${profile.category}”.` }
    return { status: "fail", reason: `Page type is “${profile.category}”; choose a “government” type.` }
  }
} satisfies ProfileCheck
