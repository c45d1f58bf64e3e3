import type { SearchTypes } from "@medusajs/framework/types"
import { queryWords } from "@tiwizi/search-text"

/** The free text to send to Meilisearch. */
export type QueryText = {
  /** The normalised query; empty for a browse (no query at all). */
  q: string
  /** The customer typed something that normalises to no word at all, such as "!!" or "؟". */
  matchesNothing: boolean
}

/**
 * The query in the normal form our documents are indexed in (`queryWords` of
 * `@tiwizi/search-text`: folded, stop words dropped), so a query matches exactly the words the
 * PostgreSQL provider would match; Meilisearch adds its typo tolerance and synonyms on top.
 * Normalising also strips Meilisearch's own query syntax (`"phrases"`, `-negation`).
 *
 * Meilisearch reads the last word as a prefix unless the query ends with a separator. So a
 * trailing space gives `"all"` its meaning (every word complete), and its absence gives `"last"`
 * its typeahead meaning (the last word is a prefix).
 */
export function queryText(q: string | undefined, strategy: SearchTypes.SearchMatchStrategy = "all"): QueryText {
  if (!q?.trim()) return { q: "", matchesNothing: false }
  const words = queryWords(q)
  if (!words.length) return { q: "", matchesNothing: true }
  const text = words.join(" ")
  return { q: strategy === "last" ? text : `${text} `, matchesNothing: false }
}
