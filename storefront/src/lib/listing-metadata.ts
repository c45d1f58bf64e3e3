import type { Locale } from "@tiwizi/locale"
import type { Metadata } from "next"
import { alternatesFor } from "./alternates"
import { localePath } from "./locale-path"
import { activeFilters, type SearchState } from "./search-state"

/**
 * The metadata of a category, collection or cooperative page. Its filtered, sorted and later
 * pages are views of the plain one: followed but not indexed, with the plain page as canonical.
 */
export function listingMetadata(input: {
  locale: Locale
  path: string
  title: string
  description: string
  state: SearchState
  siteName: string
  image?: string | null
}): Metadata {
  const { locale, path, title, description, state } = input
  const variant = state.page > 1 || activeFilters(state).length > 0 || state.sort !== "relevance"
  return {
    title,
    description,
    alternates: alternatesFor(locale, path),
    openGraph: {
      title,
      description,
      url: localePath(locale, path),
      siteName: input.siteName,
      type: "website",
      ...(input.image && { images: [input.image] }),
    },
    ...(variant && { robots: { index: false, follow: true } }),
  }
}
