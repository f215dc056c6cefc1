// Every clause of Policy 321 and the City policy a finding may cite, with its verbatim text.
// tests/engine/policy-coverage.test.ts checks each quote against the policy document.
import type { Citation, PolicySource } from "../types"

export interface PolicyClause {
  source: PolicySource
  clause: string
  quote: string
}

function clause(source: PolicySource, id: string, quote: string): PolicyClause {
  return { source, clause: id, quote }
}

export const CLAUSES = {
  rpd321_2: clause(
    "RPD 321",
    "321.2",
    "Department members shall ensure that the use or access of social media is done in a manner that protects the constitutional rights of all."
  ),
  rpd321_3: clause(
    "RPD 321",
    "321.3",
    "Any content that does not strictly conform to the guidelines should be approved by a supervisor prior to posting."
  ),
  rpd321_4: clause(
    "RPD 321",
    "321.4",
    "Only content that is appropriate for public release, that supports the department mission and conforms to all department policies regarding the release of information may be posted."
  ),
  rpd321_4_1: clause(
    "RPD 321",
    "321.4.1",
    "In instances of active incidents where speed, accuracy and frequent updates are paramount (e.g., crime alerts, public safety information, traffic issues), the Public Information Officer or the authorized designee will be responsible for the compilation of information to be released, subject to the approval of the Incident Commander."
  ),
  rpd321_5a: clause("RPD 321", "321.5(a)", "Content that is abusive, discriminatory, inflammatory or sexually explicit."),
  rpd321_5b: clause(
    "RPD 321",
    "321.5(b)",
    "Any information that violates individual rights, including confidentiality and/or privacy rights and those provided under state, federal or local laws."
  ),
  rpd321_5c: clause("RPD 321", "321.5(c)", "Any information that could compromise an ongoing investigation."),
  rpd321_5d: clause(
    "RPD 321",
    "321.5(d)",
    "Any information that could tend to compromise or damage the mission, function, reputation or professionalism of the Redding Police Department or its members."
  ),
  rpd321_5e: clause(
    "RPD 321",
    "321.5(e)",
    "Any information that could compromise the safety and security of department operations, members of the Department, victims, suspects or the public."
  ),
  rpd321_5f: clause("RPD 321", "321.5(f)", "Any content posted for personal use."),
  rpd321_5g: clause("RPD 321", "321.5(g)", "Any content that has not been properly authorized by this policy or a supervisor."),
  cityProfane: clause("City policy", "Prohibited content: profanity", "Profane language or content"),
  cityDiscrimination: clause(
    "City policy",
    "Prohibited content: discrimination",
    "Content that promotes, fosters, or perpetuates discrimination on the basis of race, creed, color, age, religion, gender, marital status, status with regard to public assistance, national origin, physical or mental disability or sexual orientation"
  ),
  citySexual: clause("City policy", "Prohibited content: sexual", "Sexual content or links to sexual content"),
  cityCommerce: clause("City policy", "Prohibited content: commerce", "Solicitations of commerce"),
  cityIllegal: clause("City policy", "Prohibited content: illegal activity", "Conduct or encouragement of illegal activity"),
  citySafety: clause(
    "City policy",
    "Prohibited content: safety",
    "Information that may compromise the safety or security of the public or public systems"
  ),
  cityOwnership: clause(
    "City policy",
    "Prohibited content: ownership",
    "Content that violates a legal ownership interest of any other party"
  ),
  cityThreatDefame: clause(
    "City policy",
    "Comment Policy",
    "threaten or defame any person or organization"
  ),
  cityOfficialPurposes: clause(
    "City policy",
    "Policy: official purposes",
    "City of Redding social media sites are for official purposes only."
  ),
  cityCityPrograms: clause(
    "City policy",
    "Content Guideline: City programs",
    "The content of City social media sites will only pertain to City-sponsored or City-endorsed programs, services, and events."
  ),
  cityEmergency: clause(
    "City policy",
    "Policy: emergency information",
    "Social Media will not be the primary tool used for disseminating emergency information."
  ),
  cityLinkBack: clause(
    "City policy",
    "Policy: hyperlinks",
    "Wherever possible, content posted to the City's social media sites must contain hyperlinks directing users back to the City's official website for in-depth information, forms, documents or online services necessary to conduct business with the City of Redding."
  ),
  cityWaivers: clause(
    "City policy",
    "Content Guideline: waivers",
    "If there are postings of photos and/or videos of the public, staff must secure waivers by individuals depicted in the photo and/or video."
  ),
  cityPersonalInformation: clause(
    "City policy",
    "Content Guideline: personal information",
    "Postings may not contain any personal information, except for the names of employees whose job duties include being available for contact by the public."
  ),
  cityToolsApproved: clause(
    "City policy",
    "Content Guideline: approved tools",
    "The following social media tools have been approved by the City and standards have been developed for their use: Twitter, Instagram, Facebook, Pinterest, LinkedIn."
  ),
  citySiteUsePolicies: clause(
    "City policy",
    "Content Guideline: site use policies",
    "All individuals authorized to post items on any of the City social media sites will review, be familiar with, and comply with the policy, the City of Redding Content Guidelines included herein, and the social media site’s use policies and terms of conditions."
  ),
  cityContactInfo: clause(
    "City policy",
    "Content Guideline: contact information",
    "the Department page must contain contact information for the City Department and/or program."
  ),
  cityTypeGovernment: clause("City policy", "Content Guideline: page type", "For ‘type’ description, choose “government.”"),
  cityLogo: clause("City policy", "Content Guideline: profile picture", "The City logo must be the profile picture."),
  cityOfficialStatement: clause(
    "City policy",
    "Content Guideline: official statement",
    "Social Media pages developed by the City will be branded as “official” and must include a text statement that reads, “This is an official City of Redding page.”"
  ),
  cityProfileLinks: clause(
    "City policy",
    "Content Guideline: profile links",
    "The Information/About/Profile pages must include links to both <http://www.ci.redding.ca.us/> and the City’s Social Media Use Policy and Procedures."
  ),
  cityPageName: clause(
    "City policy",
    "Content Guideline: page name",
    "The primary page name must be descriptive of the department."
  ),
  cityMission: clause(
    "City policy",
    "Content Guideline: mission statement",
    "Departments will include a mission statement or appropriate text in the introduction box on the Wall Page."
  ),
  cityAbout: clause(
    "City policy",
    "Content Guideline: About section",
    "Using the appropriate tool for the given social media account, the “About” or equivalent section should contain a department/program description and the following:"
  ),
  cityCommentPolicy: clause(
    "City policy",
    "Content Guideline: Comment Policy",
    "If comments are enabled on the social media site, the appropriate “Comment Policy” section must include the following disclaimer:"
  ),
  cityCommentaryLimited: clause(
    "City policy",
    "Content Guideline: notice to users",
    "Users and visitors to the City’s social media sites shall be notified that the intended purpose of the site is to serve as a means of communication between City departments and members of the public, and that commentary shall be limited to City programs or services only."
  ),
  cityDisclosureRequests: clause(
    "City policy",
    "Content Guideline: disclosure requests",
    "Users shall be notified that public disclosure requests must be directed to the relevant department’s director or designee."
  ),
  cityRetention: clause(
    "City policy",
    "Content Guideline: retention",
    "Any content removed based on these guidelines must be retained, including the time, date and identity of the poster when available, in accordance with the City's policy on the retention of such information."
  )
} as const satisfies Record<string, PolicyClause>

export type ClauseKey = keyof typeof CLAUSES

export function cite(key: ClauseKey): Citation {
  const { source, clause: id, quote } = CLAUSES[key]
  return { source, clause: id, quote }
}
