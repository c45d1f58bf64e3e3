import type { HttpTypes, SearchFilters } from "@medusajs/types"
import type { CurrencyCode, Locale } from "@tiwizi/locale"
import { priceRangeOf, priceRangesFor } from "./price-ranges"
import { flagParams, type FilterParam, type SearchState } from "./search-state"
import { pageSize } from "./shop"

type FieldParam = Exclude<FilterParam, "price">

/** The product index's field behind each URL filter (the price field depends on the currency). */
export const fieldOf: Record<FieldParam, string> = {
  category: "category_handles",
  material: "materials",
  technique: "technique",
  dye: "dyes",
  size: "size_band",
  cooperative: "cooperative_handle",
  province: "province",
  women_led: "women_led",
  rural: "rural",
  unique: "one_of_a_kind",
  in_stock: "in_stock",
}

const isFlag = (param: FilterParam): boolean => (flagParams as readonly string[]).includes(param)

/** The price field of a currency: documents carry one per region (`price_mad`, ...). */
export const priceField = (currency: CurrencyCode) => `price_${currency}`

/** The title field in the reader's language: documents carry all three. */
export const titleField = (locale: Locale) => `title_${locale}`

/** What a result card or an instant result shows, and nothing more. */
export const cardFields = (locale: Locale, currency: CurrencyCode) => ["id", "handle", titleField(locale), "thumbnail", priceField(currency)]

/** The engine's filter tree for the words and filters of a search. */
export function searchFilters(state: Pick<SearchState, "q" | "filters">): SearchFilters {
  const filters: SearchFilters = state.q ? { q: state.q } : {}
  for (const [param, field] of Object.entries(fieldOf) as [FieldParam, string][]) {
    const values = state.filters[param]
    if (values.length === 0) continue
    filters[field] = isFlag(param) ? true : { $in: values }
  }
  const range = state.filters.price[0] ? priceRangeOf(state.filters.price[0]) : undefined
  if (range) {
    filters[priceField(range.currency)] = {
      ...(range.from !== undefined && { $gte: range.from }),
      ...(range.to !== undefined && { $lt: range.to }),
    }
  }
  return filters
}

function orderOf(state: SearchState, currency: CurrencyCode): Record<string, "ASC" | "DESC"> | undefined {
  switch (state.sort) {
    case "price_asc":
      return { [priceField(currency)]: "ASC" }
    case "price_desc":
      return { [priceField(currency)]: "DESC" }
    case "newest":
      return { created_at: "DESC" }
    case "relevance":
      return undefined
  }
}

/** More than any facet group of the catalogue holds. */
const facetValueLimit = 50

/** Value facets on every filter field, and the visitor's price bands as a range facet. */
export function facetRequests(currency: CurrencyCode): NonNullable<NonNullable<HttpTypes.StoreSearchQuery["search_options"]>["facets"]> {
  return [
    // Every value of a group, not the engine's default ten: 26 cooperatives, 20 dyes.
    ...Object.values(fieldOf).map((field) => ({ field, limit: facetValueLimit })),
    {
      field: priceField(currency),
      type: "range",
      ranges: priceRangesFor(currency).map(({ currency: _currency, ...range }) => range),
    },
  ]
}

/**
 * The results page's query: one page of cards, facets computed disjunctively (a filter's own
 * group keeps its other values) and an exact count for the pagination.
 */
export function searchBody(state: SearchState, locale: Locale, currency: CurrencyCode): HttpTypes.StoreSearchQuery {
  const order = orderOf(state, currency)
  return {
    entity: "product",
    fields: cardFields(locale, currency),
    filters: searchFilters(state),
    pagination: { skip: (state.page - 1) * pageSize, take: pageSize, ...(order && { order }) },
    search_options: {
      typo_tolerance: true,
      match_strategy: "all",
      facets: facetRequests(currency),
      disjunctive_facets: true,
      count: "exact",
    },
  }
}

/** How many instant results the header's box shows. */
export const instantTake = 6

/**
 * The header's type-ahead: a handful of cards, no facets. While typing, the last word is a
 * prefix (`"last"`); `"all"` reads it as a whole word, which the engine may correct.
 */
export function instantBody(
  q: string,
  locale: Locale,
  currency: CurrencyCode,
  match: "last" | "all" = "last",
): HttpTypes.StoreSearchQuery {
  return {
    entity: "product",
    fields: cardFields(locale, currency),
    filters: { q },
    pagination: { skip: 0, take: instantTake },
    search_options: { typo_tolerance: true, match_strategy: match, count: "estimated" },
  }
}

/** At most this many words of a query get their own second-chance search. */
const suggestionWords = 5

/**
 * The second chance after zero hits: each word of the query searched alone, with typos, no
 * filter. The words that find something, as the engine read them (`metadata.query`), make the
 * "did you mean" query, and their first titles the suggested products. One query per word
 * rather than `match_strategy: "any"`, which Meilisearch cannot honour.
 */
export function suggestionBodies(q: string, locale: Locale): HttpTypes.StoreSearchQuery[] {
  const words = [...new Set(q.trim().split(/\s+/).filter(Boolean))].slice(0, suggestionWords)
  return words.map((word) => ({
    entity: "product",
    fields: ["id", "handle", titleField(locale)],
    filters: { q: word },
    pagination: { skip: 0, take: 3 },
    search_options: { typo_tolerance: true, match_strategy: "all", count: "none" },
  }))
}
