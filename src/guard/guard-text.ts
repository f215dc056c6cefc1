// The guard's words, from the extension's locales (chrome.i18n works in content scripts and
// extension pages alike). Outside an extension the key itself shows, so a gap gets noticed.
type GetMessage = (key: string, substitutions?: string[]) => string

function getMessage(): GetMessage | undefined {
  const runtime = (globalThis as { chrome?: { i18n?: { getMessage?: GetMessage } } }).chrome
  return runtime?.i18n?.getMessage?.bind(runtime.i18n)
}

export function guardText(key: string, ...substitutions: string[]): string {
  return getMessage()?.(key, substitutions) || key
}
