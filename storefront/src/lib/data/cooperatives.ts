import "server-only"
import type { Locale } from "@tiwizi/locale"
import { cache } from "react"
import { cachedRead, isNotFound, tags } from "./sdk"
import { searchProducts } from "./search"

/** A cooperative as the store lists it (`GET /store/cooperatives`): public fields only. */
export type CooperativeSummary = {
  id: string
  handle: string
  name: string
  region: string
  province: string
  commune: string
  founded_year: number
  member_count: number
  women_member_count: number
  women_led: boolean
  rural: boolean
  logo_url: string | null
  cover_url: string | null
}

/** A cooperative's page adds its story, in the reader's language. */
export type CooperativeDetail = CooperativeSummary & { story: string }

type CooperativeListResponse = { cooperatives: CooperativeSummary[]; count: number }

/** The route's largest page. */
const limit = 100

/** The list changes when staff approve a cooperative, not per visit. */
const revalidate = 3600

/**
 * One page of approved cooperatives, by name, in the reader's language, with the total count.
 * Cached an hour, tag `cooperatives`.
 */
export async function listCooperatives(locale: Locale, page: { limit: number; offset: number }): Promise<CooperativeListResponse> {
  const { cooperatives, count } = await cachedRead<CooperativeListResponse>("/store/cooperatives", {
    query: { limit: page.limit, offset: page.offset },
    locale,
    tags: [tags.cooperatives],
    revalidate,
  })
  return { cooperatives, count }
}

/**
 * Every approved cooperative, by name, in the reader's language. Cached an hour, tag
 * `cooperatives`; deduplicated within a request.
 */
export const listAllCooperatives = cache(async (locale: Locale): Promise<CooperativeSummary[]> => {
  const all: CooperativeSummary[] = []
  let count = 1
  while (all.length < count) {
    const page = await listCooperatives(locale, { limit, offset: all.length })
    // An empty page ends the walk even if the count said more (approvals changing under us).
    if (page.cooperatives.length === 0) break
    all.push(...page.cooperatives)
    count = page.count
  }
  return all
})

/**
 * Every approved cooperative's name in the reader's language, by handle, for the search page's
 * cooperative filter (the index holds handles).
 */
export const listCooperativeNames = cache(async (locale: Locale): Promise<Record<string, string>> => {
  const cooperatives = await listAllCooperatives(locale)
  return Object.fromEntries(cooperatives.map(({ handle, name }) => [handle, name]))
})

/**
 * An approved cooperative by its handle, with its story in the reader's language; `null` when
 * the store does not show it (unknown, pending, rejected or suspended: all 404 alike). Its
 * products are listed through the search index, page by page, not from this answer. Cached an
 * hour, tag `cooperatives`; deduplicated within a request (metadata and page share one call).
 */
export const getCooperativeByHandle = cache(async (handle: string, locale: Locale): Promise<CooperativeDetail | null> => {
  try {
    const { cooperative } = await cachedRead<{ cooperative: CooperativeDetail }>(`/store/cooperatives/${encodeURIComponent(handle)}`, {
      query: {},
      locale,
      tags: [tags.cooperatives],
      revalidate,
    })
    const { products: _products, ...detail } = cooperative as CooperativeDetail & { products?: unknown }
    return detail
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
})

/**
 * The cooperatives to feature on the home page: those with the most pieces on sale now (the
 * search index's count per cooperative), up to `count`, in the reader's language.
 */
export async function listFeaturedCooperatives(locale: Locale, count: number): Promise<CooperativeSummary[]> {
  const [result, cooperatives] = await Promise.all([
    searchProducts({
      entity: "product",
      fields: ["id"],
      filters: {},
      pagination: { skip: 0, take: 1 },
      search_options: { facets: [{ field: "cooperative_handle", limit: 50 }], count: "none" },
    }),
    listAllCooperatives(locale),
  ])
  const facet = result.facets?.cooperative_handle
  const counts = facet?.type === "value" ? facet.values : []
  const byHandle = new Map(cooperatives.map((cooperative) => [cooperative.handle, cooperative]))
  return [...counts]
    .sort((a, b) => b.count - a.count || String(a.value).localeCompare(String(b.value)))
    .flatMap(({ value }) => byHandle.get(String(value)) ?? [])
    .slice(0, count)
}
