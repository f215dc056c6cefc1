import { cite } from "../../policy/clauses"
import { flatten } from "../profile-text"
import type { ProfileCheck } from "../types"

export default {
  id: "official-statement",
  title: "“Official page” statement",
  sections: ["about"],
  citation: cite("cityOfficialStatement"),
  run(profile, pack) {
    if (!profile.about?.trim()) return { status: "unknown", reason: "No About text was read or pasted." }
    const required = pack.boilerplate.officialStatement
    const core = flatten(required).replace(/[.!]+$/, "")
    if (flatten(profile.about).includes(core)) return { status: "pass", reason: `The About text says “${required}”` }
    return { status: "fail", reason: `The About text must include the statement “${required}”` }
  }
} satisfies ProfileCheck
