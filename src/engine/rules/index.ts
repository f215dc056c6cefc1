// The rule registry: every rule file is listed here (tests/engine/rule-meta.test.ts checks it).
import type { Rule } from "../rule"
// privacy
import privacySsn from "./privacy-ssn"
import privacyJuvenileIdentified from "./privacy-juvenile-identified"
import privacyMedicalDetail from "./privacy-medical-detail"
import privacyPrivateName from "./privacy-private-name"
import privacyVictimNamed from "./privacy-victim-named"
// end privacy
// language (profanity, discrimination, sexual)
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
// end operations
// process (authorization, link-back, media-waiver, emergency-channel, platform-limit, custom terms)
// end process

export const ALL_RULES: readonly Rule[] = [
  // privacy rules
  privacySsn,
  privacyJuvenileIdentified,
  privacyMedicalDetail,
  privacyPrivateName,
  privacyVictimNamed,
  // end privacy rules
  // language rules
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
  // end operations rules
  // process rules
  // end process rules
]
