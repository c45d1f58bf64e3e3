import type { Api } from "../vendor-helpers"

export type Hit = { id: string; document: Record<string, unknown> }
export type ValueFacet = { type: "value"; values: { value: string; count: number }[] }
export type RangeFacet = { type: "range"; ranges: { key: string; count: number }[] }
export type SearchResult = {
  hits: Hit[]
  facets?: Record<string, ValueFacet | RangeFacet>
  metadata: { count: number | null; query?: string }
}

/** `POST /store/search` on the product index, as the storefront calls it. */
export async function searchProducts(
  api: Api,
  headers: Record<string, string>,
  body: { filters?: Record<string, unknown>; search_options?: Record<string, unknown>; pagination?: Record<string, unknown>; fields?: string[] },
): Promise<SearchResult> {
  const { data } = await api.post(
    "/store/search",
    {
      entity: "product",
      fields: body.fields ?? ["handle", "price_mad", "created_at"],
      filters: body.filters,
      pagination: { take: 5, ...body.pagination },
      search_options: { typo_tolerance: true, count: "exact", ...body.search_options },
    },
    { headers },
  )
  return data.results[0]
}

/** The handles of the first hits for `q`. */
export async function topHandles(api: Api, headers: Record<string, string>, q: string, take = 5): Promise<string[]> {
  const result = await searchProducts(api, headers, { filters: { q }, pagination: { take } })
  return result.hits.map((hit) => String(hit.document.handle))
}

/** Polls `check` every 50 ms until it holds, for at most `limitMs`; returns the time it took. */
export async function within(limitMs: number, check: () => Promise<boolean>): Promise<number> {
  const started = Date.now()
  while (Date.now() - started <= limitMs) {
    if (await check()) return Date.now() - started
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`not true within ${limitMs} ms`)
}
