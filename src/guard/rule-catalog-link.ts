// "Learn more" on a finding opens the rule's entry in the training sandbox's catalog. Web pages may
// not navigate to extension pages, so the background opens the tab.
import { MESSAGES } from "~/shared/messages"

import { extensionGlobal } from "./extension-global"

export function ruleCatalogPath(ruleId: string): string {
  return `tabs/sandbox.html#rule-${encodeURIComponent(ruleId)}`
}

export function openRuleCatalog(ruleId: string): void {
  const runtime = extensionGlobal()?.runtime
  try {
    void Promise.resolve(runtime?.sendMessage?.({ type: MESSAGES.openRuleCatalog, ruleId })).catch(() => {
      // The background is restarting; the member can click again.
    })
  } catch {
    // Not in an extension (unit tests): nothing to open.
  }
}
