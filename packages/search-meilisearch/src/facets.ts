import type { SearchTypes } from "@medusajs/framework/types"
import type { FacetStat } from "meilisearch"
import { invalidData, notAllowed } from "./errors"
import { isFacetable, isNumeric, type FieldMap } from "./fields"
import { attribute, valueLiteral } from "./filter-literals"
import { and } from "./filters"

/** The PostgreSQL provider's default number of values per value facet, kept for parity. */
const DEFAULT_VALUE_LIMIT = 10

type Bound = number | string

/** A facet request with its defaults applied. */
export type FacetRequest =
  | { field: string; type: "value"; limit: number; sort: "count" | "alpha"; query?: string }
  | { field: string; type: "range"; ranges: { key: string; from?: Bound; to?: Bound }[] }
  | { field: string; type: "stats" }

/** The requested facets, each checked against the definition and given its defaults. */
export function normalizeFacets(requests: (string | SearchTypes.SearchFacetRequest)[] | undefined, fields: FieldMap): FacetRequest[] {
  return (requests ?? []).map((raw) => {
    const request = typeof raw === "string" ? { field: raw, type: "value" as const } : raw
    const leaf = fields.get(request.field)
    if (!leaf || !isFacetable(leaf.field)) throw invalidData(`Field "${request.field}" is not facetable`)
    if (request.type === "range" || request.type === "stats") {
      if (!isNumeric(leaf.type)) throw invalidData(`${request.type} facets need a numeric or date field, and "${request.field}" is ${leaf.type}`)
      if (request.type === "stats") return { field: request.field, type: "stats" }
      return {
        field: request.field,
        type: "range",
        ranges: request.ranges.map(({ key, from, to }) => ({ key: key ?? `${from ?? "*"}-${to ?? "*"}`, from, to })),
      }
    }
    return { field: request.field, type: "value", limit: request.limit ?? DEFAULT_VALUE_LIMIT, sort: request.sort ?? "count", query: request.query }
  })
}

/**
 * The filter selecting one range: `from` inclusive, `to` exclusive, as Medusa defines ranges. A
 * range with neither bound selects everything, as in the PostgreSQL provider.
 */
export function rangeFilter(path: string, range: { from?: Bound; to?: Bound }, fields: FieldMap): string | undefined {
  const field = fields.get(path)
  const name = attribute(path)
  return and([
    range.from === undefined ? undefined : `${name} >= ${valueLiteral(range.from, path, field)}`,
    range.to === undefined ? undefined : `${name} < ${valueLiteral(range.to, path, field)}`,
  ])
}

/**
 * A value facet from Meilisearch's `facetDistribution`: the values ordered by count (ties
 * alphabetically) or alphabetically, narrowed to those starting with `query` and cut at `limit`.
 *
 * The index returns at most `maxValuesPerFacet` values, the most frequent first. That is enough
 * for the top values by count; for an alphabetical list, a `query` or a larger `limit` a cut
 * distribution could silently miss values, so that case throws.
 */
export function valueFacetResult(
  distribution: Record<string, number> | undefined,
  request: Extract<FacetRequest, { type: "value" }>,
  maxValuesPerFacet: number,
): SearchTypes.SearchFacetResult {
  const entries = Object.entries(distribution ?? {})
  const cut = entries.length >= maxValuesPerFacet
  if (cut && (request.sort === "alpha" || request.query !== undefined || request.limit > maxValuesPerFacet)) {
    throw notAllowed(`Facet "${request.field}" has more than ${maxValuesPerFacet} values: raise the Meilisearch provider's maxValuesPerFacet option to list them alphabetically, by query or beyond that limit`)
  }
  const byValue = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
  const values = entries
    .filter(([value]) => request.query === undefined || value.startsWith(request.query))
    .sort(([a, countA], [b, countB]) => (request.sort === "alpha" ? byValue(a, b) : countB - countA || byValue(a, b)))
    .slice(0, request.limit)
    .map(([value, count]) => ({ value, count }))
  return { type: "value", values }
}

/** A stats facet from Meilisearch's `facetStats` and the count of documents holding the field. */
export function statsFacetResult(stats: FacetStat | undefined, count: number): SearchTypes.SearchFacetResult {
  return { type: "stats", min: stats?.min ?? 0, max: stats?.max ?? 0, count }
}
