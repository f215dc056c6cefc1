// UI strings come from locales/<lang>/messages.json through the browser's i18n API.
import browser from "webextension-polyfill"

export function t(key: string, ...substitutions: string[]): string {
  const message = browser.i18n.getMessage(key, substitutions)
  // An empty answer means the key is missing from the locale: show the key so it gets noticed.
  return message || key
}

const PLATFORM_NAMES: Record<string, string> = { facebook: "Facebook", x: "X", instagram: "Instagram", linkedin: "LinkedIn", pinterest: "Pinterest" }

/** Platforms are brand names, the same in every language; "generic" is translated. */
export function platformLabel(platform: string): string {
  return PLATFORM_NAMES[platform] ?? t("platform_generic")
}
