// @vitest-environment happy-dom
// Each site adapter on static copies of the site's compose markup: which boxes it watches, where
// their post control is, which keys publish and what is attached.
import { describe, expect, it } from "vitest"

import { facebookAdapter, unwrapFacebookRedirect } from "~/platforms/facebook"
import { genericAdapter } from "~/platforms/generic"
import { instagramAdapter } from "~/platforms/instagram"
import { SITE_ADAPTERS, type ComposeTarget, type PlatformAdapter } from "~/platforms"
import { xAdapter } from "~/platforms/x"

function page(html: string): Document {
  document.body.innerHTML = html
  return document
}

function key(init: KeyboardEventInit): KeyboardEvent {
  return new KeyboardEvent("keydown", { bubbles: true, ...init })
}

const lexical = (label: string) => `<div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="${label}"><p><br></p></div>`
const draftJs = (testId: string, placeholder: string) =>
  `<div class="DraftEditor-root"><div class="public-DraftEditorPlaceholder-root">${placeholder}</div><div class="DraftEditor-editorContainer"><div class="public-DraftEditor-content" contenteditable="true" role="textbox" data-testid="${testId}"><div data-contents="true"></div></div></div></div>`

function claimedBy(target: ComposeTarget): PlatformAdapter | undefined {
  return SITE_ADAPTERS.find((adapter) => adapter.findBoxes(document).some((found) => found.element === target.element))
}

describe("Facebook", () => {
  const markup = `
    <div role="dialog" aria-label="Create post">
      <img src="https://scontent.example/avatar.jpg" alt="Redding Police Department">
      ${lexical("What's on your mind?")}
      <div class="previews"><img src="blob:https://www.facebook.com/1" alt=""><video src="blob:https://www.facebook.com/2"></video></div>
      <div role="button" aria-label="Photo/video">Photo/video</div>
      <div role="button" tabindex="0" aria-label="Post">Post</div>
    </div>
    <form>${lexical("Write a comment…")}</form>
    <form>${lexical("Write a reply…")}</form>
    <div role="complementary">${lexical("Message")}</div>`

  it("watches the page-post composer and every comment and reply box, not Messenger chats", () => {
    page(markup)
    expect(facebookAdapter.findBoxes(document).map((target) => [target.element.getAttribute("aria-label"), target.surface])).toEqual([
      ["What's on your mind?", "post"],
      ["Write a comment…", "comment"],
      ["Write a reply…", "reply"]
    ])
  })

  it("finds the dialog's Post button for the page post", () => {
    page(markup)
    const [post] = facebookAdapter.findBoxes(document)
    expect(facebookAdapter.findSubmit(post)?.getAttribute("aria-label")).toBe("Post")
    expect(facebookAdapter.isSubmitKey(key({ key: "Enter" }), post)).toBe(false)
  })

  it("treats Enter (not Shift+Enter) as posting a comment", () => {
    page(markup)
    const comment = facebookAdapter.findBoxes(document)[1]
    expect(facebookAdapter.submitsWithEnter(comment)).toBe(true)
    expect(facebookAdapter.isSubmitKey(key({ key: "Enter" }), comment)).toBe(true)
    expect(facebookAdapter.isSubmitKey(key({ key: "Enter", shiftKey: true }), comment)).toBe(false)
  })

  it("counts attached photos and videos but not the page's avatar", () => {
    page(markup)
    expect(facebookAdapter.countAttachments(facebookAdapter.findBoxes(document)[0])).toEqual({ images: 1, videos: 1 })
  })

  it("finds no Post button when the dialog has none (the box is then not monitored)", () => {
    page(`<div role="dialog" aria-label="Create post">${lexical("What's on your mind?")}</div>`)
    const [post] = facebookAdapter.findBoxes(document)
    expect(facebookAdapter.findSubmit(post)).toBeNull()
    expect(facebookAdapter.submitsWithEnter(post)).toBe(false)
  })

  it("reads outbound links through Facebook's redirect", () => {
    expect(unwrapFacebookRedirect("https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.cityofredding.gov%2F&h=x")).toBe("https://www.cityofredding.gov/")
  })
})

describe("X", () => {
  const markup = `
    <main>
      <div class="inline-composer">
        <div data-testid="tweetTextarea_0_label">${draftJs("tweetTextarea_0", "What is happening?!")}</div>
        <div data-testid="attachments"><img src="blob:https://x.com/1" alt=""></div>
        <div role="group"><input type="file" data-testid="fileInput"><button data-testid="tweetButtonInline">Post</button></div>
      </div>
    </main>
    <div role="dialog">
      <div class="composer">${draftJs("tweetTextarea_0", "Post your reply")}<button data-testid="tweetButton">Reply</button></div>
    </div>`

  it("watches the Draft.js content element, not its label wrapper", () => {
    page(markup)
    const boxes = xAdapter.findBoxes(document)
    expect(boxes).toHaveLength(2)
    expect(boxes.every((target) => target.element.classList.contains("public-DraftEditor-content"))).toBe(true)
  })

  it("tells a reply from a post by the composer's placeholder", () => {
    page(markup)
    expect(xAdapter.findBoxes(document).map((target) => target.surface)).toEqual(["post", "reply"])
  })

  it("pairs each box with its own composer's post button", () => {
    page(markup)
    const [inline, dialog] = xAdapter.findBoxes(document)
    expect(xAdapter.findSubmit(inline)?.dataset.testid).toBe("tweetButtonInline")
    expect(xAdapter.findSubmit(dialog)?.dataset.testid).toBe("tweetButton")
  })

  it("treats Ctrl+Enter and Cmd+Enter as posting, plain Enter as a new line", () => {
    page(markup)
    const [inline] = xAdapter.findBoxes(document)
    expect(xAdapter.isSubmitKey(key({ key: "Enter", ctrlKey: true }), inline)).toBe(true)
    expect(xAdapter.isSubmitKey(key({ key: "Enter", metaKey: true }), inline)).toBe(true)
    expect(xAdapter.isSubmitKey(key({ key: "Enter" }), inline)).toBe(false)
  })

  it("counts the attachments of its own composer only", () => {
    page(markup)
    const [inline, dialog] = xAdapter.findBoxes(document)
    expect(xAdapter.countAttachments(inline)).toEqual({ images: 1, videos: 0 })
    expect(xAdapter.countAttachments(dialog)).toEqual({ images: 0, videos: 0 })
  })
})

describe("Instagram", () => {
  const markup = `
    <div role="dialog" aria-label="Create new post">
      <div><h2>Create new post</h2><div role="button" tabindex="0">Share</div></div>
      <img src="blob:https://www.instagram.com/1" alt="">
      ${lexical("Write a caption...")}
    </div>
    <form><textarea aria-label="Add a comment…" placeholder="Add a comment…"></textarea><div role="button" tabindex="0">Post</div></form>`

  it("watches the caption and the comment box", () => {
    page(markup)
    expect(instagramAdapter.findBoxes(document).map((target) => target.surface)).toEqual(["caption", "comment"])
  })

  it("finds Share for the caption and Post for the comment, by their text", () => {
    page(markup)
    const [caption, comment] = instagramAdapter.findBoxes(document)
    expect(instagramAdapter.findSubmit(caption)?.textContent).toBe("Share")
    expect(instagramAdapter.findSubmit(comment)?.textContent).toBe("Post")
  })

  it("counts the photo in the create dialog", () => {
    page(markup)
    expect(instagramAdapter.countAttachments(instagramAdapter.findBoxes(document)[0])).toEqual({ images: 1, videos: 0 })
  })
})

describe("the training sandbox's mock composers", () => {
  // The same markup src/ui/sandbox/composers/MockComposer.tsx renders, on a chrome-extension:// page.
  const markup = `
    <div class="pg-mock pg-mock-facebook" role="dialog" aria-label="Facebook page post" data-pg-sandbox-platform="facebook">
      <div class="pg-mock-editor">${lexical("What's on your mind?")}</div>
      <div class="pg-mock-footer"><button type="button">Add photo</button><div role="button" tabindex="0" aria-label="Post">Post</div></div>
    </div>
    <div class="pg-mock pg-mock-x" role="region" aria-label="X post" data-pg-sandbox-platform="x">
      <div class="pg-mock-editor" data-testid="tweetTextarea_0_label">${draftJs("tweetTextarea_0", "What is happening?!")}</div>
      <div class="pg-mock-attachments" data-testid="attachments"><img src="data:image/svg+xml;utf8,x" alt="Photo 1"></div>
      <div class="pg-mock-footer"><button type="button" data-testid="tweetButton">Post</button></div>
    </div>
    <div class="pg-mock pg-mock-instagram" role="region" aria-label="Instagram caption" data-pg-sandbox-platform="instagram">
      <div class="pg-mock-editor">${lexical("Write a caption...")}</div>
      <div class="pg-mock-footer"><div role="button" tabindex="0" aria-label="Share">Share</div></div>
    </div>`

  it("recognises each mock as its platform from the markup alone", () => {
    page(markup)
    for (const mock of Array.from(document.querySelectorAll<HTMLElement>("[data-pg-sandbox-platform]"))) {
      const box = mock.querySelector<HTMLElement>('[contenteditable="true"]') as HTMLElement
      const owner = SITE_ADAPTERS.find((adapter) => adapter.findBoxes(document).some((target) => target.element === box))
      expect(owner?.platform).toBe(mock.dataset.pgSandboxPlatform)
    }
  })

  it("finds every mock's post button", () => {
    page(markup)
    const targets = SITE_ADAPTERS.flatMap((adapter) => adapter.findBoxes(document).map((target) => ({ adapter, target })))
    const seen = new Set<HTMLElement>()
    for (const { adapter, target } of targets) {
      if (seen.has(target.element) || claimedBy(target) !== adapter) continue
      seen.add(target.element)
      expect(adapter.findSubmit(target)).not.toBeNull()
    }
    expect(seen.size).toBe(3)
  })
})

describe("the generic fallback", () => {
  it("claims a focused textarea and finds its form's submit button", () => {
    page(`<form><textarea name="body"></textarea><button type="submit">Publish</button></form>`)
    const target = genericAdapter.claimFocused?.(document.querySelector("textarea") as HTMLElement)
    expect(target?.surface).toBe("comment")
    expect(genericAdapter.findSubmit(target as ComposeTarget)?.textContent).toBe("Publish")
  })

  it("finds a nearby button named like a post button", () => {
    page(`<section><div><div contenteditable="true" role="textbox"></div></div><div><button>Cancel</button><button>Share</button></div></section>`)
    const target = genericAdapter.claimFocused?.(document.querySelector('[role="textbox"]') as HTMLElement)
    expect(genericAdapter.findSubmit(target as ComposeTarget)?.textContent).toBe("Share")
  })

  it("leaves plain inputs and non-textbox editables alone", () => {
    page(`<input type="search"><div contenteditable="true">notes</div>`)
    expect(genericAdapter.claimFocused?.(document.querySelector("input") as HTMLElement)).toBeNull()
    expect(genericAdapter.claimFocused?.(document.querySelector("div") as HTMLElement)).toBeNull()
  })
})
