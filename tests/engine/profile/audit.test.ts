import { describe, expect, it } from "vitest"

import { reddingPack } from "~/engine/packs/redding"
import { auditProfile } from "~/engine/profile/audit"
import type { AuditCheck, ProfileSnapshot } from "~/engine/profile/types"

const about = reddingPack.boilerplate.aboutParagraph
const commentPolicy = reddingPack.boilerplate.commentPolicy

const compliantAbout = `The Redding Police Department is committed to providing quality service to the people of Redding. This is an official City of Redding page.
Front counter: 1313 California St, Redding. Non-emergency: (530) 225-4200.

${about}

Social Media Use Policy: https://www.cityofredding.gov/social-media-policy`

function statusOf(checks: AuditCheck[], id: string): AuditCheck {
  const check = checks.find((candidate) => candidate.id === id)
  if (!check) throw new Error(`no check ${id}`)
  return check
}

function audit(profile: ProfileSnapshot): AuditCheck[] {
  return auditProfile(profile, reddingPack)
}

describe("a compliant page profile", () => {
  const checks = audit({
    pageName: "Redding Police Department",
    category: "Government Organization",
    about: compliantAbout,
    commentPolicy,
    commentsEnabled: true
  })

  it("passes every text and link check", () => {
    for (const id of [
      "official-statement",
      "about-paragraph",
      "city-website-link",
      "social-media-policy-link",
      "contact-information",
      "page-type-government",
      "descriptive-page-name",
      "mission-statement",
      "comment-policy-disclaimer",
      "commentary-limited-notice",
      "disclosure-requests-notice"
    ]) {
      expect(statusOf(checks, id).status, id).toBe("pass")
    }
  })

  it("cannot tell about the picture when the pack has no logo", () => {
    expect(statusOf(checks, "profile-picture-logo").status).toBe("unknown")
  })
})

describe("the required About paragraph", () => {
  it("passes when reflowed with line breaks, straight quotes and an angle-bracketed link", () => {
    const reformatted = about
      .replace(/’/g, "'")
      .replace(/\. /g, ".\n\n")
      .replace("http://www.ci.redding.ca.us/", "<http://www.ci.redding.ca.us/>")
    const check = statusOf(audit({ about: reformatted }), "about-paragraph")
    expect(check.status).toBe("pass")
  })

  it("fails and shows the missing sentence when one is left out", () => {
    const partial = about.replace(
      " Any comment submitted to this page may be considered a public record which is subject to disclosure pursuant to the California Public Records Act.",
      ""
    )
    const check = statusOf(audit({ about: partial }), "about-paragraph")
    expect(check.status).toBe("fail")
    const missing = check.diff?.filter((part) => part.kind === "missing").map((part) => part.text).join(" ")
    expect(missing).toContain("California Public Records Act.")
  })

  it("fails and shows a changed word", () => {
    const changed = about.replace("maintained by the City", "maintained by the Police Department")
    const check = statusOf(audit({ about: changed }), "about-paragraph")
    expect(check.status).toBe("fail")
    expect(check.diff).toContainEqual({ kind: "added", text: "Police Department" })
  })

  it("fails as absent when the About text is only a description", () => {
    const check = statusOf(audit({ about: "Official page of the Redding Police Department. Call 911 for emergencies." }), "about-paragraph")
    expect(check.status).toBe("fail")
    expect(check.reason).toMatch(/missing/)
  })

  it("cannot tell when no About text was read", () => {
    expect(statusOf(audit({}), "about-paragraph").status).toBe("unknown")
  })
})

describe("links, type, name and notices", () => {
  it("fails the City website link when only the department site is linked", () => {
    const check = statusOf(audit({ about: "Visit https://www.reddingpolice.org/ for more." }), "city-website-link")
    expect(check.status).toBe("fail")
  })

  it("accepts the City website given in the profile's website field", () => {
    const check = statusOf(audit({ about: "Police news.", links: ["cityofredding.gov"] }), "city-website-link")
    expect(check.status).toBe("pass")
  })

  it("does not count the Social Media Use Policy page as the City website link", () => {
    const check = statusOf(audit({ about: "Our policy: https://www.cityofredding.gov/social-media-policy/" }), "city-website-link")
    expect(check.status).toBe("fail")
  })

  it("fails a non-government page type", () => {
    expect(statusOf(audit({ category: "Community" }), "page-type-government").status).toBe("fail")
  })

  it("fails an abbreviated page name", () => {
    expect(statusOf(audit({ pageName: "RPD" }), "descriptive-page-name").status).toBe("fail")
  })

  it("fails a page name that does not say which department", () => {
    expect(statusOf(audit({ pageName: "Cops of NorCal" }), "descriptive-page-name").status).toBe("fail")
  })

  it("passes the Comment Policy when comments are turned off", () => {
    expect(statusOf(audit({ commentsEnabled: false }), "comment-policy-disclaimer").status).toBe("pass")
  })

  it("fails a Comment Policy that drops the liability sentence", () => {
    const partial = commentPolicy.replace(/ The City disclaims.*$/, "")
    const check = statusOf(audit({ commentPolicy: partial }), "comment-policy-disclaimer")
    expect(check.status).toBe("fail")
    expect(check.diff?.some((part) => part.kind === "missing" && part.text.includes("disclaims"))).toBe(true)
  })

  it("fails the notices when neither text tells users the limits and where requests go", () => {
    const checks = audit({ about: "We post news about our department. Contact us at (530) 225-4200." })
    expect(statusOf(checks, "commentary-limited-notice").status).toBe("fail")
    expect(statusOf(checks, "disclosure-requests-notice").status).toBe("fail")
    expect(statusOf(checks, "official-statement").status).toBe("fail")
    expect(statusOf(checks, "contact-information").status).toBe("pass")
  })

  it("runs only the Comment Policy checks for that section", () => {
    const ids = auditProfile({ commentPolicy }, reddingPack, ["comment-policy"]).map((check) => check.id)
    expect(ids).toEqual(["comment-policy-disclaimer", "commentary-limited-notice", "disclosure-requests-notice"])
  })
})

describe("the profile picture", () => {
  const pack = { ...reddingPack, logo: { perceptualHash: "f0f0f0f0f0f0f0f0", maxDistance: 6 } }

  it("passes a picture within the distance of the logo", () => {
    const [check] = auditProfile({ profilePictureHash: "f0f0f0f0f0f0f0f1" }, pack).filter((c) => c.id === "profile-picture-logo")
    expect(check.status).toBe("pass")
  })

  it("fails a different picture", () => {
    const [check] = auditProfile({ profilePictureHash: "0f0f0f0f0f0f0f0f" }, pack).filter((c) => c.id === "profile-picture-logo")
    expect(check.status).toBe("fail")
  })
})
