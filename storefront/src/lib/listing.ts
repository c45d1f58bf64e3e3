import type { HttpTypes, SearchFilters } from "@medusajs/types"
import type { CurrencyCode, Locale } from "@tiwizi/locale"
import { searchBody } from "./search-query"
import { parseSearchState, searchParamsOf, type FilterParam, type SearchState, type SortKey } from "./search-state"

/** The orders a listing offers: without words to match, relevance means nothing, newest first does. */
export const listingSortKeys = ["newest", "price_asc", "price_desc"] as const satisfies readonly SortKey[]

/**
 * A listing's state from its URL: the search page's filters, sort and page, without words, and
 * without the filter the page itself fixes (a category page's category).
 */
export function listingState(params: Parameters<typeof parseSearchState>[0], fixed?: FilterParam): SearchState {
  const state = { ...parseSearchState(params), q: "" }
  if (fixed) state.filters = { ...state.filters, [fixed]: [] }
  return state
}

/** The sort a listing shows as chosen: the search page's default, relevance, reads as newest. */
export function listingSort(state: SearchState): (typeof listingSortKeys)[number] {
  return listingSortKeys.find((key) => key === state.sort) ?? "newest"
}

/** A listing page's URL for a state: its own path, with the state's filters, sort and page. */
export function listingHref(basePath: string, state: SearchState): string {
  const query = searchParamsOf({ ...state, q: "" }).toString()
  return query ? `${basePath}?${query}` : basePath
}

/**
 * The search behind a listing: the search page's query (one page of cards, disjunctive facets,
 * an exact count) narrowed to the listing's scope (`{ category_handles: { $in: ["tapis"] } }`),
 * newest first unless the visitor chose another order.
 */
export function listingBody(state: SearchState, scope: SearchFilters, locale: Locale, currency: CurrencyCode): HttpTypes.StoreSearchQuery {
  const sort = listingSort(state)
  const body = searchBody({ ...state, q: "", sort }, locale, currency)
  return { ...body, filters: { ...body.filters, ...scope } }
}
