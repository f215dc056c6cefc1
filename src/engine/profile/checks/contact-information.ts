import { cite } from "../../policy/clauses"
import { profileTexts } from "../profile-text"
import type { ProfileCheck } from "../types"

const PHONE = /(?:\(\d{3}\)\s?|\b\d{3}[-.\s])\d{3}[-.\s]\d{4}\b/
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/
const STREET_ADDRESS = /\b\d{1,6}\s+(?:[NSEW]\.?\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*\s+(?:St|Street|Ave|Avenue|Blvd|Boulevard|Rd|Road|Dr|Drive|Way|Ln|Lane|Ct|Court|Pl|Place|Pkwy|Parkway)\b/

export default {
  id: "contact-information",
  title: "Contact information",
  sections: ["about"],
  citation: cite("cityContactInfo"),
  run(profile) {
    const text = profileTexts(profile)
    if (!text.trim()) return { status: "unknown", reason: "No About text was read or pasted." }
    const kinds = [
      PHONE.test(text) && "phone number",
      EMAIL.test(text) && "email address",
      STREET_ADDRESS.test(text) && "street address"
    ].filter(Boolean)
    if (kinds.length) return { status: "pass", reason: `Shows a ${kinds.join(", ")}.` }
    return { status: "fail", reason: "No phone number, email address or street address for the department." }
  }
} satisfies ProfileCheck
