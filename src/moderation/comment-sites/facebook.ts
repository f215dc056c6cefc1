// Facebook page posts: comments and replies are articles labelled "Comment by …" / "Reply by …".
import { absoluteUrl, firstPathSegment, handlesOf, isoOrNull, type CommentSite, type VisibleComment } from "./comment-site"

// Facebook renders a post's message in a block tagged for its ad preview, old and new markup.
const POST_MESSAGE_SELECTOR = '[data-ad-preview="message"], [data-ad-comet-preview="message"], [data-ad-rendering-role="story_message"]'
const COMMENT_SELECTOR = 'div[role="article"][aria-label^="Comment by"], div[role="article"][aria-label^="Reply by"]'

/** Facebook marks comment times with a unix-seconds abbr (classic) or a time element. */
function postedAt(element: HTMLElement): string | null {
  const unixSeconds = element.querySelector("abbr[data-utime]")?.getAttribute("data-utime")
  if (unixSeconds) return isoOrNull(new Date(Number(unixSeconds) * 1000).toISOString())
  return isoOrNull(element.querySelector("time")?.getAttribute("datetime"))
}

export const facebookComments: CommentSite = {
  platform: "facebook",
  isAgencyPage(location, _document, pack) {
    return handlesOf(pack, "facebook").has(firstPathSegment(location))
  },
  postUrl(location) {
    return `${location.origin}${location.pathname}`
  },
  postText(document) {
    return document.querySelector<HTMLElement>(POST_MESSAGE_SELECTOR)?.innerText.trim() || null
  },
  findComments(document) {
    const comments: VisibleComment[] = []
    for (const element of document.querySelectorAll<HTMLElement>(COMMENT_SELECTOR)) {
      const textElement = element.querySelector<HTMLElement>('div[dir="auto"]')
      const text = textElement?.innerText.trim() ?? ""
      if (!text) continue
      const poster = element.querySelector<HTMLAnchorElement>('a[role="link"]:not([href*="comment_id"])')
      const permalink = element.querySelector<HTMLAnchorElement>('a[href*="comment_id="]')
      const label = element.getAttribute("aria-label") ?? ""
      comments.push({
        element,
        text,
        posterName: poster?.innerText.trim() || label.replace(/^(Comment|Reply) by\s+/, "").replace(/\s+\d.*$/, "") || null,
        posterProfileUrl: absoluteUrl(poster?.getAttribute("href"), document.baseURI),
        postedAt: postedAt(element),
        commentUrl: absoluteUrl(permalink?.getAttribute("href"), document.baseURI)
      })
    }
    return comments
  }
}
