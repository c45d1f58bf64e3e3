import { locales } from "@tiwizi/locale"
import { languageAlternates } from "./alternates"

/** One page of the shop, by its app path (`/products/x`), with when it last changed if known. */
export type SitemapPage = { path: string; lastModified?: string | Date }

export type SitemapEntry = {
  url: string
  lastModified?: string | Date
  alternates: { languages: Record<string, string> }
}

/**
 * The sitemap's entries: every page once per language, each listing its translations
 * (`hreflang`, with `x-default` on French) as absolute URLs.
 */
export function sitemapEntries(baseUrl: string, pages: SitemapPage[]): SitemapEntry[] {
  return pages.flatMap(({ path, lastModified }) => {
    const languages = Object.fromEntries(Object.entries(languageAlternates(path)).map(([hreflang, href]) => [hreflang, `${baseUrl}${href}`]))
    return locales.map((locale) => ({
      url: languages[locale],
      ...(lastModified && { lastModified }),
      alternates: { languages },
    }))
  })
}
