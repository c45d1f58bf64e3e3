import "server-only"
import type { HttpTypes, SearchResult } from "@medusajs/types"
import type { SearchDocument } from "../search-results"
import { getSdk } from "./sdk"

export type ProductSearchResult = SearchResult<SearchDocument>

/**
 * Runs one query against the product index (`POST /store/search`), whose documents carry every
 * language's title and every currency's price, so no locale or region travels with it.
 *
 * Not kept in Next's data cache, unlike catalogue reads: queries are open text (each keystroke in
 * the header's box is a new one), so cached answers would be one-off entries that anyone could
 * pile up, while the engine answers in tens of milliseconds. A refusal (400: the index cannot
 * take this query) is thrown as the sdk's `FetchError` like every other failure; callers decide.
 */
export async function searchProducts(query: HttpTypes.StoreSearchQuery, signal?: AbortSignal): Promise<ProductSearchResult> {
  const [result] = await searchProductsMany([query], signal)
  return result
}

/** Runs several queries in one request (at most 20), answering in the same order. */
export async function searchProductsMany(queries: HttpTypes.StoreSearchQuery[], signal?: AbortSignal): Promise<ProductSearchResult[]> {
  const { results } = await getSdk().client.fetch<HttpTypes.StoreSearchResponse<SearchDocument>>("/store/search", {
    method: "POST",
    body: queries.length === 1 ? queries[0] : { queries },
    cache: "no-store",
    signal,
  })
  if (results.length !== queries.length) throw new Error("POST /store/search answered without a result for each query")
  return results
}
