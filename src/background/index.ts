// The background: the toolbar badge per tab (from the compose guard's status) and the moderation
// archive handler, and opening the rule catalog for "learn more". It answers nothing else.
import browser from "webextension-polyfill"

import { handleModerationMessage } from "~/moderation/archive-service"
import { ruleCatalogPath } from "~/guard/rule-catalog-link"
import { MESSAGES, type ContentStatusMessage, type OpenRuleCatalogMessage } from "~/shared/messages"

import { toolbarBadgeFor } from "./toolbar-badge"

function isContentStatus(message: unknown): message is ContentStatusMessage {
  return (message as { type?: unknown } | null)?.type === MESSAGES.contentStatus && typeof (message as ContentStatusMessage).status === "object"
}

async function showStatus(tabId: number, message: ContentStatusMessage): Promise<void> {
  const badge = toolbarBadgeFor(message.status, (key, ...substitutions) => browser.i18n.getMessage(key, substitutions) || key)
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: badge.text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: badge.color }),
    browser.action.setTitle({ tabId, title: badge.title })
  ])
}

function isOpenRuleCatalog(message: unknown): message is OpenRuleCatalogMessage {
  return (message as { type?: unknown } | null)?.type === MESSAGES.openRuleCatalog && typeof (message as OpenRuleCatalogMessage).ruleId === "string"
}

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  if (isOpenRuleCatalog(message)) {
    return browser.tabs.create({ url: browser.runtime.getURL(ruleCatalogPath(message.ruleId)) }).then(() => ({ opened: true }))
  }
  if (isContentStatus(message)) {
    const tabId = sender.tab?.id
    if (tabId !== undefined) showStatus(tabId, message).catch((error) => console.warn("PostGuard badge:", error))
    return undefined
  }
  return handleModerationMessage(message)
})
