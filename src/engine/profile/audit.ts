// auditProfile(profile, pack) -> one pass / fail / cannot-tell line per City boilerplate rule.
import type { PolicyPack } from "../packs/schema"
import aboutParagraph from "./checks/about-paragraph"
import cityWebsiteLink from "./checks/city-website-link"
import commentPolicyDisclaimer from "./checks/comment-policy-disclaimer"
import commentaryLimitedNotice from "./checks/commentary-limited-notice"
import contactInformation from "./checks/contact-information"
import descriptivePageName from "./checks/descriptive-page-name"
import disclosureRequestsNotice from "./checks/disclosure-requests-notice"
import missionStatement from "./checks/mission-statement"
import officialStatement from "./checks/official-statement"
import pageTypeGovernment from "./checks/page-type-government"
import profilePictureLogo from "./checks/profile-picture-logo"
import socialMediaPolicyLink from "./checks/social-media-policy-link"
import type { AuditCheck, ProfileCheck, ProfileSection, ProfileSnapshot } from "./types"

export const PROFILE_CHECKS: readonly ProfileCheck[] = [
  officialStatement,
  aboutParagraph,
  cityWebsiteLink,
  socialMediaPolicyLink,
  contactInformation,
  pageTypeGovernment,
  descriptivePageName,
  missionStatement,
  profilePictureLogo,
  commentPolicyDisclaimer,
  commentaryLimitedNotice,
  disclosureRequestsNotice
]

export function auditProfile(
  profile: ProfileSnapshot,
  pack: PolicyPack,
  sections: readonly ProfileSection[] = ["about", "comment-policy"]
): AuditCheck[] {
  return PROFILE_CHECKS.filter((check) => check.sections.some((section) => sections.includes(section))).map((check) => {
    let result: ReturnType<ProfileCheck["run"]>
    try {
      result = check.run(profile, pack)
    } catch (error) {
      result = { status: "unknown", reason: `This check could not run: ${error instanceof Error ? error.message : String(error)}` }
    }
    return { id: check.id, title: check.title, citation: check.citation, ...result }
  })
}
