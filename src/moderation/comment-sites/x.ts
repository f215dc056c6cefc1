// X: replies under one of the agency's posts are the tweet articles after the first on its status page.
import { absoluteUrl, firstPathSegment, handlesOf, isoOrNull, type CommentSite, type VisibleComment } from "./comment-site"

export const xComments: CommentSite = {
  platform: "x",
  isAgencyPage(location, _document, pack) {
    return /\/status\/\d+/.test(location.pathname) && handlesOf(pack, "x").has(firstPathSegment(location))
  },
  postUrl(location) {
    return `${location.origin}${location.pathname.match(/^\/[^/]+\/status\/\d+/)?.[0] ?? location.pathname}`
  },
  postText(document) {
    return document.querySelector<HTMLElement>('article[data-testid="tweet"] [data-testid="tweetText"]')?.innerText.trim() || null
  },
  findComments(document) {
    const articles = [...document.querySelectorAll<HTMLElement>('article[data-testid="tweet"]')]
    const comments: VisibleComment[] = []
    // The first article is the agency's own post; the rest are replies.
    for (const element of articles.slice(1)) {
      const text = element.querySelector<HTMLElement>('[data-testid="tweetText"]')?.innerText.trim() ?? ""
      if (!text) continue
      const poster = element.querySelector<HTMLAnchorElement>('[data-testid="User-Name"] a[href^="/"]')
      const time = element.querySelector("time")
      comments.push({
        element,
        text,
        posterName: poster?.innerText.trim() || null,
        posterProfileUrl: absoluteUrl(poster?.getAttribute("href"), document.baseURI),
        postedAt: isoOrNull(time?.getAttribute("datetime")),
        commentUrl: absoluteUrl(time?.closest("a")?.getAttribute("href"), document.baseURI)
      })
    }
    return comments
  }
}
