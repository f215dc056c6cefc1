// PostGuard's single in-page host: <div id="postguard-root"> on documentElement with an open
// shadow root (tests pierce it), holding every mark, badge, tooltip and panel.
import { element } from "./dom-builder"
import { OVERLAY_CSS } from "./overlay-styles"

export const OVERLAY_HOST_ID = "postguard-root"

export interface Overlay {
  host: HTMLElement
  root: ShadowRoot
  /** Where marks, badges, the tooltip and the panel are drawn. */
  layer: HTMLElement
  /** Hidden space for measuring (textarea mirrors). */
  scratch: HTMLElement
  remove(): void
}

export function createOverlay(document: Document): Overlay {
  document.getElementById(OVERLAY_HOST_ID)?.remove()
  const host = element(document, "div", { id: OVERLAY_HOST_ID })
  host.style.cssText = "all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647; pointer-events: none;"
  const root = host.attachShadow({ mode: "open" })
  const style = element(document, "style")
  style.textContent = OVERLAY_CSS
  const layer = element(document, "div", { class: "pg-layer" })
  const scratch = element(document, "div", { class: "pg-layer", "aria-hidden": "true" })
  root.append(style, layer, scratch)
  document.documentElement.append(host)
  return { host, root, layer, scratch, remove: () => host.remove() }
}
