// The policy pack: everything agency-specific, validated at the boundary (import, CLI, storage).
import * as z from "zod"

import { CATEGORIES } from "../types"

const nonEmpty = z.string().trim().min(1)

export const RULE_SETTINGS = ["block", "warn", "info", "off"] as const
export type RuleSetting = (typeof RULE_SETTINGS)[number]

export const policyPackSchema = z
  .object({
    id: nonEmpty.regex(/^[a-z0-9-]+$/, "use lower-case letters, digits and dashes"),
    agencyName: nonEmpty,
    /** The government the agency belongs to, as the boilerplate names it ("City of Redding"). */
    jurisdiction: nonEmpty,
    /** Domains whose links and email addresses are the agency's own (subdomains included). */
    officialDomains: z.array(nonEmpty.regex(/^[a-z0-9.-]+\.[a-z]{2,}$/i, "a bare domain such as cityofredding.gov")).min(1),
    /** The website posts should link back to. */
    primaryWebsite: z.url(),
    officialHandles: z.object({
      facebook: z.array(nonEmpty).default([]),
      x: z.array(nonEmpty).default([]),
      instagram: z.array(nonEmpty).default([]),
      linkedin: z.array(nonEmpty).default([]),
      pinterest: z.array(nonEmpty).default([])
    }),
    /** Published phone lines of the agency; any format, compared by digits. */
    officialPhones: z.array(nonEmpty).default([]),
    /** Published email addresses outside the official domains. */
    officialEmails: z.array(z.email()).default([]),
    /** Employees whose duties include public contact: their names may be published. */
    publicContactEmployees: z.array(nonEmpty).default([]),
    /** Local place names the name finder must not mistake for people. */
    localPlaces: z.array(nonEmpty).default([]),
    /** Words that look profane or sexual but are names or businesses here ("Dickson"). */
    allowedTerms: z.array(nonEmpty).default([]),
    customBlockedTerms: z
      .array(
        z.object({
          term: nonEmpty,
          category: z.enum(CATEGORIES),
          message: nonEmpty.optional()
        })
      )
      .default([]),
    /** Per-rule severity overrides by rule id; rules not listed keep their defaults. */
    ruleSeverities: z.record(nonEmpty, z.enum(RULE_SETTINGS)).default({}),
    boilerplate: z.object({
      officialStatement: nonEmpty,
      aboutParagraph: nonEmpty,
      commentPolicy: nonEmpty,
      /** The jurisdiction's website(s) the About section must link to (the policy names ci.redding.ca.us). */
      cityWebsites: z.array(z.url()).min(1),
      socialMediaPolicyUrl: z.url(),
      pageType: nonEmpty
    }),
    logo: z
      .object({
        /** Perceptual hash (hex) of the agency logo. */
        perceptualHash: z.string().regex(/^[0-9a-f]+$/i),
        /** Highest Hamming distance still accepted as the logo. */
        maxDistance: z.number().int().min(0).max(64)
      })
      .optional(),
    audit: z
      .object({
        /** Whether override records keep the draft text (off by default: privacy). */
        includeDraftText: z.boolean()
      })
      .default({ includeDraftText: false })
  })
  .strict()

export type PolicyPack = z.infer<typeof policyPackSchema>
export type PolicyPackInput = z.input<typeof policyPackSchema>

export class PackValidationError extends Error {
  constructor(public readonly issues: Array<{ field: string; reason: string }>) {
    super(`Invalid policy pack: ${issues.map((issue) => `${issue.field}: ${issue.reason}`).join("; ")}`)
    this.name = "PackValidationError"
  }
}

/** Validates unknown input (parsed JSON) as a pack; throws PackValidationError naming each bad field. */
export function parsePolicyPack(input: unknown): PolicyPack {
  const result = policyPackSchema.safeParse(input)
  if (result.success) return result.data
  throw new PackValidationError(
    result.error.issues.map((issue) => ({
      field: issue.path.length ? issue.path.join(".") : "(pack)",
      reason: plainReason(issue)
    }))
  )
}

/** zod's wording ("Invalid input: expected string, received undefined") in the words a pack editor uses. */
function plainReason(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type" && /received undefined/.test(issue.message)) return "is missing"
  if (issue.code === "invalid_value" && "values" in issue) return `must be one of ${(issue.values as unknown[]).map((value) => JSON.stringify(value)).join(", ")}`
  return issue.message
}
