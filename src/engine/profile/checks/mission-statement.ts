import { cite } from "../../policy/clauses"
import type { ProfileCheck } from "../types"

const MISSION = /\b(?:mission|committed to|dedicated to|our (?:goal|purpose|vision)|we (?:serve|protect|strive|work)|to (?:protect|serve|enhance|provide|improve|promote)\b)/i

export default {
  id: "mission-statement",
  title: "Mission statement in the introduction",
  sections: ["about"],
  citation: cite("cityMission"),
  run(profile) {
    if (!profile.about?.trim()) return { status: "unknown", reason: "No About / intro text was read or pasted." }
    const match = profile.about.match(MISSION)
    if (match) return { status: "pass", reason: `The introduction states a mission (“${match[0]}”).` }
    return { status: "fail", reason: "The introduction has no mission statement or description of what the department does." }
  }
} satisfies ProfileCheck
