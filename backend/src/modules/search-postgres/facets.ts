import { buildFacetQuery, type NormalizedFacetRequest } from "@medusajs/search-postgres/dist/utils"

type FacetQueryInput = Parameters<typeof buildFacetQuery>[0]

/**
 * One statement for every facet of a search: the matching rows' `indexed` values are read once
 * into a materialised CTE, and each facet (the provider's own SQL for it, pointed at that CTE)
 * counts over them. The provider runs one statement per facet, and each one finds and reads
 * every match again: twelve facets cost twelve searches. The result is one row whose `facets`
 * column holds each facet's rows as JSON, keyed by the request's position.
 */
export function facetsSql(input: {
  table: string
  scope?: { sql: string; params: unknown[] }
  requests: NormalizedFacetRequest[]
  plan: FacetQueryInput["plan"]
}): { sql: string; params: unknown[] } {
  const params = [...(input.scope?.params ?? [])]
  const facets = input.requests.map((request, position) => {
    const query = buildFacetQuery({ table: "matched", whereParams: [], request, plan: input.plan })
    params.push(...query.params)
    return `'${position}', (SELECT coalesce(json_agg(rows), '[]'::json) FROM (${query.sql}) rows)`
  })
  const where = input.scope ? `WHERE ${input.scope.sql}` : ""
  return {
    sql: `WITH matched AS MATERIALIZED (SELECT "indexed" FROM "${input.table}" ${where}) SELECT json_build_object(${facets.join(", ")}) AS facets`,
    params,
  }
}
