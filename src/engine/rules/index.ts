// The rule registry: every rule file is listed here (tests/engine/rule-meta.test.ts checks it).
import type { Rule } from "../rule"
// privacy
import privacySsn from "./privacy-ssn"
// end privacy
// language (profanity, discrimination, sexual)
// end language
// conduct (harassment, professionalism, personal-use, commerce)
// end conduct
// operations (investigation, safety, illegal-activity, ownership)
// end operations
// process (authorization, link-back, media-waiver, emergency-channel, platform-limit, custom terms)
// end process

export const ALL_RULES: readonly Rule[] = [
  // privacy rules
  privacySsn,
  // end privacy rules
  // language rules
  // end language rules
  // conduct rules
  // end conduct rules
  // operations rules
  // end operations rules
  // process rules
  // end process rules
]
