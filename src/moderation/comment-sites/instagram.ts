// Instagram: comments on the agency's posts are list items with the commenter's handle and a time.
import { absoluteUrl, handlesOf, isoOrNull, type CommentSite, type VisibleComment } from "./comment-site"

export const instagramComments: CommentSite = {
  platform: "instagram",
  isAgencyPage(location, document, pack) {
    if (!/^\/(p|reel)\//.test(location.pathname)) return false
    // A post page names its author in the header link.
    const author = document.querySelector<HTMLAnchorElement>("header a[href^='/']")?.getAttribute("href")?.split("/").filter(Boolean)[0]?.toLowerCase()
    return author !== undefined && handlesOf(pack, "instagram").has(author)
  },
  postUrl(location) {
    return `${location.origin}${location.pathname}`
  },
  postText(document) {
    // A post page shows its caption as the page's one h1.
    return document.querySelector<HTMLElement>("h1")?.innerText.trim() || null
  },
  findComments(document) {
    const comments: VisibleComment[] = []
    for (const element of document.querySelectorAll<HTMLElement>("ul li")) {
      const handle = element.querySelector<HTMLAnchorElement>("h3 a[href^='/'], span a[href^='/']")
      const time = element.querySelector("time[datetime]")
      const text = element.querySelector<HTMLElement>("span[dir='auto']")?.innerText.trim() ?? ""
      if (!handle || !time || !text) continue
      comments.push({
        element,
        text,
        posterName: handle.innerText.trim() || null,
        posterProfileUrl: absoluteUrl(handle.getAttribute("href"), document.baseURI),
        postedAt: isoOrNull(time.getAttribute("datetime")),
        commentUrl: absoluteUrl(time.closest("a")?.getAttribute("href"), document.baseURI)
      })
    }
    return comments
  }
}
