// The built-in default pack: Redding Police Department under the City of Redding's policy.
import { parsePolicyPack, type PolicyPack, type PolicyPackInput } from "./schema"

export const reddingPackData: PolicyPackInput = {
  id: "redding-pd",
  agencyName: "Redding Police Department",
  jurisdiction: "City of Redding",
  officialDomains: ["cityofredding.gov", "cityofredding.org", "ci.redding.ca.us", "reddingpolice.org"],
  primaryWebsite: "https://www.cityofredding.gov/",
  officialHandles: {
    facebook: ["ReddingPoliceDepartment"],
    x: ["ReddingPolice"],
    instagram: ["reddingpolice"],
    linkedin: [],
    pinterest: []
  },
  officialPhones: ["(530) 225-4200", "(530) 225-4201", "911", "988"],
  officialEmails: [],
  publicContactEmployees: [],
  localPlaces: [
    "Redding",
    "Anderson",
    "Shasta",
    "Shasta Lake",
    "Palo Cedro",
    "Shingletown",
    "Cottonwood",
    "Enterprise",
    "Bella Vista",
    "Igo",
    "Millville",
    "Whitmore",
    "Keswick",
    "Churn Creek",
    "Sundial Bridge",
    "Caldwell Park",
    "Lake Redding",
    "Hilltop",
    "Cypress",
    "Placer",
    "Eureka Way",
    "Hartnell",
    "Bechelli"
  ],
  allowedTerms: ["Dickson", "Dickens", "Cummings", "Dick's Sporting Goods", "Cockrell"],
  customBlockedTerms: [],
  ruleSeverities: {},
  boilerplate: {
    officialStatement: "This is an official City of Redding page.",
    aboutParagraph:
      "This is an official social media page for the City of Redding. This page is maintained by the City and complies with the City’s Social Media Use Policy & Procedures. For more information about the City of Redding please visit http://www.ci.redding.ca.us/. This site is intended to serve as a mechanism for communication between the public and the department on the listed topics and as a forum to further the mission of the department. Any comment submitted to this page may be considered a public record which is subject to disclosure pursuant to the California Public Records Act. Public information requests must be directed to the City Public Information Officer.",
    commentPolicy:
      "Comments posted to this page will be monitored and shall be limited to City programs or services only, and inappropriate content will be removed as soon as possible. Under the City of Redding Social Media Use Policy and Procedures, the City reserves the right to remove inappropriate content, including, but not limited to, those items that have obscene language or sexual content, threaten or defame any person or organization, violate the legal ownership interest of another party, promote illegal activity and promote commercial services or products. The City disclaims any and all responsibility and liability for any materials that the City deems inappropriate for posting, which cannot be removed in an expeditious and otherwise timely manner.",
    cityWebsites: ["http://www.ci.redding.ca.us/", "https://www.cityofredding.gov/"],
    socialMediaPolicyUrl: "https://www.cityofredding.gov/social-media-policy",
    pageType: "Government organization"
  },
  audit: { includeDraftText: false }
}

export const reddingPack: PolicyPack = parsePolicyPack(reddingPackData)
