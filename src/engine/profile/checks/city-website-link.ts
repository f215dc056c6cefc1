import { cite } from "../../policy/clauses"
import { profileLinks, sameSite } from "../profile-text"
import type { ProfileCheck } from "../types"

export default {
  id: "city-website-link",
  title: "Link to the City website",
  sections: ["about"],
  citation: cite("cityProfileLinks"),
  run(profile, pack) {
    const links = profileLinks(profile)
    const websites = pack.boilerplate.cityWebsites.map((website) => new URL(website))
    const found = links.find((link) => websites.some((website) => sameSite(link, website)))
    if (found) return { status: "pass", reason: `Links to ${found.href}` }
    if (!profile.about?.trim() && !profile.links?.length) return { status: "unknown", reason: "No About text or links were read or pasted." }
    return { status: "fail", reason: `No link to ${pack.boilerplate.cityWebsites.join(" or ")}.` }
  }
} satisfies ProfileCheck
