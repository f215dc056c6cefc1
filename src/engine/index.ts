// The engine's public surface, shared by the extension, the CLI and the tests.
export { analyze, blockingFindings, compareFindings, effectiveSeverity, toDraft } from "./analyze"
export { reddingPack, reddingPackData } from "./packs/redding"
export { PackValidationError, parsePolicyPack, policyPackSchema, type PolicyPack } from "./packs/schema"
export { ALL_RULES } from "./rules"
export type { Rule, RuleCase } from "./rule"
export * from "./types"
