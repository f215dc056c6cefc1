// The overlay reaches the extension APIs through the global `chrome` rather than the polyfill, so
// the same code runs on platform pages, extension pages and, with no extension at all, unit tests.
type GetMessage = (key: string, substitutions?: string[]) => string
type SendMessage = (message: unknown) => Promise<unknown> | void

interface ExtensionGlobal {
  i18n?: { getMessage?: GetMessage }
  runtime?: { sendMessage?: SendMessage }
}

export function extensionGlobal(): ExtensionGlobal | undefined {
  return (globalThis as { chrome?: ExtensionGlobal }).chrome
}
