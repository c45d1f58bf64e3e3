import type { MetadataRoute } from "next"
import { locales } from "@tiwizi/locale"
import { siteUrl } from "@/lib/site-url"

/** Personal pages, in every language: nothing there for a search engine. */
const privatePaths = ["/account", "/checkout", "/cart"]

/** Crawlers may read the shop, not the visitor's own pages; the sitemap lists what to read. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: [...privatePaths, ...locales.flatMap((locale) => privatePaths.map((path) => `/${locale}${path}`))],
    },
    sitemap: `${siteUrl()}/sitemap.xml`,
  }
}
