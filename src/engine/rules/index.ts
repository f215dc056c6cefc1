// The rule registry: every rule file is listed here (tests/engine/rule-meta.test.ts checks it).
import type { Rule } from "../rule"
// privacy
import privacySsn from "./privacy-ssn"
import privacyJuvenileIdentified from "./privacy-juvenile-identified"
import privacyMedicalDetail from "./privacy-medical-detail"
import privacyPrivateName from "./privacy-private-name"
import privacyVictimNamed from "./privacy-victim-named"
import privacyPhone from "./privacy-phone"
import privacyEmail from "./privacy-email"
import privacyDateOfBirth from "./privacy-date-of-birth"
import privacyDriversLicense from "./privacy-drivers-license"
import privacyLicensePlate from "./privacy-license-plate"
import privacyStreetAddress from "./privacy-street-address"
// end privacy
// language (profanity, discrimination, sexual)
import discriminationGeneralization from "./discrimination-generalization"
import discriminationSlur from "./discrimination-slur"
import profanity from "./profanity"
import profanityMild from "./profanity-mild"
import sexualExplicit from "./sexual-explicit"
import sexualLink from "./sexual-link"
// end language
// conduct (harassment, professionalism, personal-use, commerce)
import commerceEndorsement from "./commerce-endorsement"
import commercePromotion from "./commerce-promotion"
import harassmentDefamation from "./harassment-defamation"
import harassmentInsult from "./harassment-insult"
import harassmentPresumedGuilt from "./harassment-presumed-guilt"
import harassmentThreat from "./harassment-threat"
import personalUsePrivateLife from "./personal-use-private-life"
import professionalismMockery from "./professionalism-mockery"
import professionalismPolitical from "./professionalism-political"
// end conduct
// operations (investigation, safety, illegal-activity, ownership)
import illegalActivityEncouragement from "./illegal-activity-encouragement"
import illegalActivityInstructions from "./illegal-activity-instructions"
import investigationConfession from "./investigation-confession"
import investigationEvidenceDetail from "./investigation-evidence-detail"
import investigationNextOfKin from "./investigation-next-of-kin"
import investigationPersonOfInterest from "./investigation-person-of-interest"
import investigationTipOff from "./investigation-tip-off"
import ownershipUnlicensedMedia from "./ownership-unlicensed-media"
import safetyAccessCode from "./safety-access-code"
import safetyOfficerHomeFamily from "./safety-officer-home-family"
import safetyStaffingGap from "./safety-staffing-gap"
import safetySystemWeakness from "./safety-system-weakness"
import safetyTacticalPosition from "./safety-tactical-position"
// end operations
// process (authorization, link-back, media-waiver, emergency-channel, platform-limit, custom terms)
import authorizationIncidentCommander from "./authorization-incident-commander"
import authorizationUnlistedContent from "./authorization-unlisted-content"
import customBlockedTerm from "./custom-blocked-term"
import emergencyChannel from "./emergency-channel"
import linkBack from "./link-back"
import mediaWaiver from "./media-waiver"
import platformLimit from "./platform-limit"
// end process

export const ALL_RULES: readonly Rule[] = [
  // privacy rules
  privacySsn,
  privacyJuvenileIdentified,
  privacyMedicalDetail,
  privacyPrivateName,
  privacyVictimNamed,
  privacyPhone,
  privacyEmail,
  privacyDateOfBirth,
  privacyDriversLicense,
  privacyLicensePlate,
  privacyStreetAddress,
  // end privacy rules
  // language rules
  discriminationGeneralization,
  discriminationSlur,
  profanity,
  profanityMild,
  sexualExplicit,
  sexualLink,
  // end language rules
  // conduct rules
  commerceEndorsement,
  commercePromotion,
  harassmentDefamation,
  harassmentInsult,
  harassmentPresumedGuilt,
  harassmentThreat,
  personalUsePrivateLife,
  professionalismMockery,
  professionalismPolitical,
  // end conduct rules
  // operations rules
  illegalActivityEncouragement,
  illegalActivityInstructions,
  investigationConfession,
  investigationEvidenceDetail,
  investigationNextOfKin,
  investigationPersonOfInterest,
  investigationTipOff,
  ownershipUnlicensedMedia,
  safetyAccessCode,
  safetyOfficerHomeFamily,
  safetyStaffingGap,
  safetySystemWeakness,
  safetyTacticalPosition,
  // end operations rules
  // process rules
  authorizationIncidentCommander,
  authorizationUnlistedContent,
  customBlockedTerm,
  emergencyChannel,
  linkBack,
  mediaWaiver,
  platformLimit,
  // end process rules
]
