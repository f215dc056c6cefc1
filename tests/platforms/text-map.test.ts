// @vitest-environment happy-dom
// Reading a draft out of each editor's DOM, and mapping a span of it back to the words on screen.
import { describe, expect, it } from "vitest"

import { detectEditor } from "~/platforms/editors"
import { buildTextMap, rangeForOffsets } from "~/platforms/editors/text-map"

function editable(html: string): HTMLElement {
  document.body.innerHTML = html
  return document.querySelector<HTMLElement>('[contenteditable="true"], textarea') as HTMLElement
}

const LEXICAL = `<div contenteditable="true" role="textbox" data-lexical-editor="true"><p dir="ltr"><span data-lexical-text="true">Call me at </span><strong data-lexical-text="true">555-0142</strong></p><p><br></p><p dir="ltr"><span data-lexical-text="true">Thanks</span><br><span data-lexical-text="true">RPD</span></p></div>`

const DRAFT_JS = `<div class="DraftEditor-root"><div class="public-DraftEditorPlaceholder-root"><div class="public-DraftEditorPlaceholder-inner">Post your reply</div></div><div class="DraftEditor-editorContainer"><div class="notranslate public-DraftEditor-content" contenteditable="true" role="textbox" data-testid="tweetTextarea_0"><div data-contents="true"><div data-block="true" data-offset-key="a-0-0"><div data-offset-key="a-0-0" class="public-DraftStyleDefault-block public-DraftStyleDefault-ltr"><span data-offset-key="a-0-0"><span data-text="true">Suspect is </span></span><span data-offset-key="a-1-0"><span data-text="true">#guilty</span></span></div></div><div data-block="true" data-offset-key="b-0-0"><div data-offset-key="b-0-0" class="public-DraftStyleDefault-block"><span data-offset-key="b-0-0"><br data-text="true"></span></div></div><div data-block="true" data-offset-key="c-0-0"><div data-offset-key="c-0-0" class="public-DraftStyleDefault-block"><span data-offset-key="c-0-0"><span data-text="true">end</span></span></div></div></div></div></div></div>`

describe("reading the draft", () => {
  it("reads a Lexical editor as typed: one line break per paragraph and per soft break", () => {
    const box = editable(LEXICAL)
    expect(detectEditor(box)?.id).toBe("lexical")
    expect(buildTextMap(box).text).toBe("Call me at 555-0142\n\nThanks\nRPD")
  })

  it("reads a Draft.js editor like Draft's getPlainText, ignoring the placeholder", () => {
    const box = editable(DRAFT_JS)
    expect(detectEditor(box)?.id).toBe("draft-js")
    expect(detectEditor(box)?.read(box).text).toBe("Suspect is #guilty\n\nend")
  })

  it("reads an empty Lexical editor as an empty draft", () => {
    const box = editable(`<div contenteditable="true" data-lexical-editor="true"><p><br></p></div>`)
    expect(buildTextMap(box).text).toBe("")
  })

  it("leaves out decorator islands the editor does not count as text", () => {
    const box = editable(`<div contenteditable="true" data-lexical-editor="true"><p><span>Hi </span><span contenteditable="false">[embedded card]</span><span> there</span></p></div>`)
    expect(buildTextMap(box).text).toBe("Hi  there")
  })

  it("reads a textarea's value", () => {
    const box = editable(`<textarea aria-label="Add a comment…"></textarea>`) as HTMLTextAreaElement
    box.value = "Nice work, officers"
    expect(detectEditor(box)?.id).toBe("textarea")
    expect(detectEditor(box)?.read(box).text).toBe("Nice work, officers")
  })
})

describe("mapping draft offsets to the words on screen", () => {
  it("covers exactly the flagged characters, even across formatting", () => {
    const box = editable(LEXICAL)
    const map = buildTextMap(box)
    const start = map.text.indexOf("at 555")
    expect(rangeForOffsets(map, start, start + "at 555-0142".length)?.toString()).toBe("at 555-0142")
  })

  it("maps spans in later paragraphs past the virtual line breaks", () => {
    const box = editable(DRAFT_JS)
    const map = buildTextMap(box, { acceptText: (node) => node.parentElement?.closest('[data-text="true"]') !== null })
    const start = map.text.indexOf("end")
    expect(rangeForOffsets(map, start, start + 3)?.toString()).toBe("end")
    const tag = map.text.indexOf("#guilty")
    expect(rangeForOffsets(map, tag, tag + 7)?.toString()).toBe("#guilty")
  })

  it("spans several paragraphs without the line breaks the DOM does not hold", () => {
    const box = editable(LEXICAL)
    const map = buildTextMap(box)
    expect(rangeForOffsets(map, map.text.indexOf("0142"), map.text.indexOf("RPD") + 3)?.toString()).toBe("0142ThanksRPD")
  })

  it("gives no range for an empty draft", () => {
    const box = editable(`<div contenteditable="true" data-lexical-editor="true"><p><br></p></div>`)
    expect(rangeForOffsets(buildTextMap(box), 0, 0)).toBeNull()
  })
})
