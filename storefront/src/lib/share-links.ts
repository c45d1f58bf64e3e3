/** The places a product page can be shared to, as plain links (no third-party script). */
export const shareTargets = ["whatsapp", "facebook", "x", "email"] as const
export type ShareTarget = (typeof shareTargets)[number]

/**
 * Share links for a page: each service's documented share URL, with the page's absolute URL
 * and title. Opening one sends nothing anywhere until the visitor chooses to share.
 */
export function shareLinks(url: string, title: string): Record<ShareTarget, string> {
  const u = encodeURIComponent(url)
  const t = encodeURIComponent(title)
  return {
    whatsapp: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}`,
    facebook: `https://www.facebook.com/sharer/sharer.php?u=${u}`,
    x: `https://x.com/intent/tweet?text=${t}&url=${u}`,
    email: `mailto:?subject=${t}&body=${u}`,
  }
}
