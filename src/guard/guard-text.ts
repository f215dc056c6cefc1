// The guard's words, from the extension's locales (chrome.i18n works in content scripts and
// extension pages alike). Outside an extension the key itself shows, so a gap gets noticed.
import { extensionGlobal } from "./extension-global"

export function guardText(key: string, ...substitutions: string[]): string {
  const i18n = extensionGlobal()?.i18n
  return i18n?.getMessage?.(key, substitutions) || key
}
