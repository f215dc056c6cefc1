import { cite } from "../../policy/clauses"
import { profileLinks, samePage } from "../profile-text"
import type { ProfileCheck } from "../types"

export default {
  id: "social-media-policy-link",
  title: "Link to the Social Media Use Policy",
  sections: ["about"],
  citation: cite("cityProfileLinks"),
  run(profile, pack) {
    const policy = new URL(pack.boilerplate.socialMediaPolicyUrl)
    const found = profileLinks(profile).find((link) => samePage(link, policy))
    if (found) return { status: "pass", reason: `Links to the policy at ${found.href}` }
    if (!profile.about?.trim() && !profile.links?.length) return { status: "unknown", reason: "No About text or links were read or pasted." }
    return { status: "fail", reason: `No link to the Social Media Use Policy and Procedures (${policy.href}).` }
  }
} satisfies ProfileCheck
