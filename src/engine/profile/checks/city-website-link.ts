import { cite } from "../../policy/clauses"
import { profileLinks, sameSite } from "../profile-text"
import type { ProfileCheck } from "../types"

function pathOf(url: URL): string {
  return url.pathname.replace(/\/+$/, "").toLowerCase()
}

export default {
  id: "city-website-link",
  title: "Link to the City website",
  sections: ["about"],
  citation: cite("cityProfileLinks"),
  run(profile, pack) {
    const links = profileLinks(profile)
    const websites = pack.boilerplate.cityWebsites.map((website) => new URL(website))
    // The Social Media Use Policy link is required separately, so it does not also count as the website link.
    const policyPage = pathOf(new URL(pack.boilerplate.socialMediaPolicyUrl))
    const found = links.find((link) => websites.some((website) => sameSite(link, website)) && !(sameSite(link, new URL(pack.boilerplate.socialMediaPolicyUrl)) && pathOf(link) === policyPage))
    if (found) return { status: "pass", reason: `Links to ${found.href}` }
    if (!profile.about?.trim() && !profile.links?.length) return { status: "unknown", reason: "No About text or links were read or pasted." }
    return { status: "fail", reason: `No link to ${pack.boilerplate.cityWebsites.join(" or ")}.` }
  }
} satisfies ProfileCheck
