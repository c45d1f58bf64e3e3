import type { SearchTypes } from "@medusajs/framework/types"
import type { MultiSearchQuery, MultiSearchResult, RecordAny, SearchParams } from "meilisearch"
import { notAllowed } from "./errors"
import { normalizeFacets, rangeFilter, statsFacetResult, valueFacetResult, type FacetRequest } from "./facets"
import { leafFields } from "./fields"
import { attribute } from "./filter-literals"
import { and, compileFilter, present } from "./filters"
import { toSearchHit } from "./hits"
import { queryText } from "./query-text"
import { assertQuerySupported, hitParams, matchParams, resolveHighlight } from "./search-request"
import type { MeilisearchLimits } from "./types"

/** Medusa's default page size, applied when a direct caller gives none. */
const DEFAULT_TAKE = 20

type Response = MultiSearchResult<RecordAny>

/** The Meilisearch queries one Medusa search needs, and how to fold their answers back into one. */
export type SearchPlan = {
  queries: MultiSearchQuery[]
  assemble(responses: Response[]): SearchTypes.SearchResult
}

/**
 * `page: 0` makes Meilisearch count exhaustively (`totalHits`) and compute facets over every
 * match without returning a hit: the shape of every count-only query here.
 */
function countQuery(indexUid: string, params: SearchParams, facets?: string[]): MultiSearchQuery {
  return { indexUid, ...params, page: 0, hitsPerPage: 1, ...(facets?.length ? { facets } : {}) }
}

/** An exhaustive count; one at the index's `maxTotalHits` may be the cap, so it throws. */
function exactCount(response: Response, what: string, limits: MeilisearchLimits): number {
  const count = response.totalHits ?? 0
  if (count >= limits.maxTotalHits) {
    throw notAllowed(`Meilisearch counts at most ${limits.maxTotalHits} documents and ${what} reached it: raise the provider's maxTotalHits option`)
  }
  return count
}

/**
 * Plans one Medusa search as Meilisearch queries, all sent in one multi-search round trip.
 *
 * Counts and facets must be exact, and Meilisearch only guarantees that in its page mode. So a
 * search that asks for an exact count or any facet runs the hits in page mode when `skip` is a
 * multiple of `take` (one query gives hits, count and facets), and otherwise adds a count-only
 * query. Each range of a range facet is one more count query with the range's filter; each stats
 * facet reads `facetStats` and counts the documents holding the field. A plain search with an
 * estimated count is one offset/limit query.
 */
export function planSearch(input: SearchTypes.ProviderSearchQuery, limits: MeilisearchLimits): SearchPlan {
  const index = input.index
  const fields = leafFields(index.fields)
  assertQuerySupported(input, fields)
  const options = input.search_options ?? {}
  const text = queryText(input.q, options.match_strategy)
  const filter = and([compileFilter(input.filters, fields), text.matchesNothing ? `${attribute(index.primary_key)} IN []` : undefined])
  const match = matchParams(input, text.q, filter)
  const highlight = resolveHighlight(input, fields)
  const hits = hitParams(input, fields, highlight)
  const facets: FacetRequest[] = normalizeFacets(options.facets, fields)
  const aggregated = [...new Set(facets.filter(({ type }) => type !== "range").map(({ field }) => field))]
  const skip = input.pagination?.skip ?? 0
  const take = input.pagination?.take ?? DEFAULT_TAKE
  const countStrategy = options.count ?? "estimated"
  const uid = index.physical_name

  const queries: MultiSearchQuery[] = []
  let aggregate: number | undefined
  if (countStrategy !== "exact" && !facets.length) {
    queries.push({ indexUid: uid, ...match, ...hits, offset: skip, limit: take })
  } else if (take === 0) {
    aggregate = queries.push(countQuery(uid, match, aggregated)) - 1
  } else if (skip % take === 0) {
    aggregate = queries.push({ indexUid: uid, ...match, ...hits, page: skip / take + 1, hitsPerPage: take, ...(aggregated.length ? { facets: aggregated } : {}) }) - 1
  } else {
    queries.push({ indexUid: uid, ...match, ...hits, offset: skip, limit: take })
    aggregate = queries.push(countQuery(uid, match, aggregated)) - 1
  }
  const counted = facets.map((facet) => {
    if (facet.type === "range") {
      return facet.ranges.map((range) => queries.push(countQuery(uid, { ...match, filter: and([filter, rangeFilter(facet.field, range, fields)]) })) - 1)
    }
    if (facet.type === "stats") return [queries.push(countQuery(uid, { ...match, filter: and([filter, present(facet.field, fields.get(facet.field))]) })) - 1]
    return []
  })

  const assemble = (responses: Response[]): SearchTypes.SearchResult => {
    const [main] = responses
    const totals = aggregate === undefined ? undefined : responses[aggregate]
    const count =
      countStrategy === "none" ? null
      : countStrategy === "exact" ? exactCount(totals as Response, "this search's count", limits)
      : (totals?.totalHits ?? main.estimatedTotalHits ?? null)
    const facetResults: Record<string, SearchTypes.SearchFacetResult> = {}
    facets.forEach((facet, position) => {
      const slots = counted[position]
      if (facet.type === "value") {
        facetResults[facet.field] = valueFacetResult(totals?.facetDistribution?.[facet.field], facet, limits.maxValuesPerFacet)
      } else if (facet.type === "stats") {
        facetResults[facet.field] = statsFacetResult(totals?.facetStats?.[facet.field], exactCount(responses[slots[0]], `stats facet "${facet.field}"`, limits))
      } else {
        facetResults[facet.field] = {
          type: "range",
          ranges: facet.ranges.map(({ key, from, to }, i) => ({ key, from, to, count: exactCount(responses[slots[i]], `range "${key}" of "${facet.field}"`, limits) })),
        }
      }
    })
    const shape = {
      primaryKey: index.primary_key,
      fields: index.fields,
      attributes: input.attributes_to_retrieve,
      includeScore: !!options.include_score,
      highlight,
    }
    return {
      hits: main.hits.map((hit) => toSearchHit(hit, shape)),
      ...(facets.length ? { facets: facetResults } : {}),
      metadata: { skip, take, count, query: input.q, processing_time_ms: main.processingTimeMs },
    }
  }
  return { queries, assemble }
}
