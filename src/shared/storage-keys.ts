// Every extension storage key, in one place. All live in storage.local unless noted.
export const STORAGE_KEYS = {
  /** The member-edited policy pack (PolicyPackInput JSON); absent means the built-in Redding pack. */
  activePack: "postguard.activePack",
  /** In storage.managed: a pack pushed by the agency's IT, which members cannot edit. */
  managedPack: "policyPack",
  /** Supervisor-approval overrides (OverrideRecord[]). */
  auditLog: "postguard.auditLog",
  /** Posts the guard stopped ({time, platform, ruleIds}[]; never the draft text), for the 321.6 review. */
  blockedLog: "postguard.blockedLog",
  /** The moderator name last used for "retain and remove", offered again next time. */
  moderatorName: "postguard.moderatorName",
  /** How long removed-comment records are kept (RetentionSetting). */
  retention: "postguard.retention",
  /** The last page-profile audit, shown by the printable report page. */
  lastProfileReport: "postguard.lastProfileReport"
} as const
