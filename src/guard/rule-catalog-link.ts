// "Learn more" on a finding opens the rule's entry in the training sandbox's catalog. Web pages may
// not navigate to extension pages, so the background opens the tab. Reached through the global
// `chrome` (as guard-text does) so the overlay also runs outside an extension, in unit tests.
import { MESSAGES } from "~/shared/messages"

type SendMessage = (message: unknown) => Promise<unknown> | void

export function ruleCatalogPath(ruleId: string): string {
  return `tabs/sandbox.html#rule-${encodeURIComponent(ruleId)}`
}

export function openRuleCatalog(ruleId: string): void {
  const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: SendMessage } } }).chrome?.runtime
  try {
    void Promise.resolve(runtime?.sendMessage?.({ type: MESSAGES.openRuleCatalog, ruleId })).catch(() => {
      // The background is restarting; the member can click again.
    })
  } catch {
    // Not in an extension (unit tests): nothing to open.
  }
}
