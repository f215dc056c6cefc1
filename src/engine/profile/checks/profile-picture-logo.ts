import { cite } from "../../policy/clauses"
import { hammingDistance } from "../perceptual-hash"
import type { ProfileCheck } from "../types"

export default {
  id: "profile-picture-logo",
  title: "Profile picture is the City logo",
  sections: ["about"],
  citation: cite("cityLogo"),
  run(profile, pack) {
    if (!pack.logo) return { status: "unknown", reason: "The policy pack has no logo to compare with (set it in Options)." }
    if (!profile.profilePictureHash) return { status: "unknown", reason: "The profile picture could not be read." }
    if (profile.profilePictureHash.length !== pack.logo.perceptualHash.length) {
      return { status: "unknown", reason: "The picture's hash and the logo's hash were made differently." }
    }
    const distance = hammingDistance(profile.profilePictureHash, pack.logo.perceptualHash)
    if (distance <= pack.logo.maxDistance) return { status: "pass", reason: `Matches the logo (distance ${distance} ≤ ${pack.logo.maxDistance}).` }
    return { status: "fail", reason: `Does not look like the logo (distance ${distance} > ${pack.logo.maxDistance}).` }
  }
} satisfies ProfileCheck
