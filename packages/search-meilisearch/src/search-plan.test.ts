import { MedusaError } from "@medusajs/framework/utils"
import type { SearchTypes } from "@medusajs/framework/types"
import { describe, expect, it } from "vitest"
import { productIndex } from "./product-index.fixture"
import { planSearch } from "./search-plan"

const limits = { maxTotalHits: 100_000, maxValuesPerFacet: 1_000 }

function query(overrides: Partial<SearchTypes.ProviderSearchQuery> = {}): SearchTypes.ProviderSearchQuery {
  return { index: productIndex, attributes_to_retrieve: ["id", "search_title_fr", "price_mad", "created_at"], ...overrides }
}

function response(overrides: Record<string, unknown>) {
  return { indexUid: "product_v1", hits: [], processingTimeMs: 1, query: "", ...overrides } as never
}

function rejection(input: SearchTypes.ProviderSearchQuery): { type?: string; message?: string } {
  try {
    planSearch(input, limits)
  } catch (error) {
    return { type: (error as MedusaError).type, message: (error as Error).message }
  }
  return {}
}

describe("planSearch: a plain search", () => {
  it("is one offset/limit query with the normalised text, the filter and the sort", () => {
    const plan = planSearch(
      query({ q: "Tapis berbère", filters: { in_stock: true }, pagination: { skip: 0, take: 12, order: { price_mad: "ASC" } } }),
      limits,
    )
    expect(plan.queries).toEqual([
      {
        indexUid: "product_v1",
        q: "tapis berbere ",
        matchingStrategy: "all",
        filter: "in_stock = true",
        sort: ["price_mad:asc"],
        attributesToRetrieve: ["id", "search_title_fr", "price_mad", "created_at"],
        offset: 0,
        limit: 12,
      },
    ])
  })

  it("folds the answer into Medusa's result: ids, projected documents, dates as ISO strings", () => {
    const plan = planSearch(query({ q: "Tapis berbère", pagination: { skip: 0, take: 12 } }), limits)
    const hit = { id: "prod_1", search_title_fr: "tapis zayane", price_mad: 1850, created_at: 1709892000000, handle: "tapis-zayane" }
    expect(plan.assemble([response({ hits: [hit], estimatedTotalHits: 41, processingTimeMs: 3 })])).toEqual({
      hits: [
        { id: "prod_1", document: { id: "prod_1", search_title_fr: "tapis zayane", price_mad: 1850, created_at: "2024-03-08T10:00:00.000Z" } },
      ],
      metadata: { skip: 0, take: 12, count: 41, query: "Tapis berbère", processing_time_ms: 3 },
    })
  })

  it("passes the query options Meilisearch has equivalents for", () => {
    const plan = planSearch(
      query({
        q: "tapis zay",
        search_options: {
          match_strategy: "last",
          attributes_to_search_on: ["search_title_fr"],
          distinct: "handle",
          locales: ["fr-MA"],
          min_score: 0.4,
          include_score: true,
          count: "none",
          highlight: { fields: ["search_title_fr"], snippet: { length: 8 } },
          provider_options: { meilisearch: { showRankingScoreDetails: true } },
        },
      }),
      limits,
    )
    expect(plan.queries).toEqual([
      {
        indexUid: "product_v1",
        q: "tapis zay",
        matchingStrategy: "all",
        attributesToSearchOn: ["search_title_fr"],
        distinct: "handle",
        locales: ["fra"],
        rankingScoreThreshold: 0.4,
        showRankingScoreDetails: true,
        attributesToRetrieve: ["id", "search_title_fr", "price_mad", "created_at"],
        showRankingScore: true,
        attributesToHighlight: ["search_title_fr"],
        highlightPreTag: "<mark>",
        highlightPostTag: "</mark>",
        attributesToCrop: ["search_title_fr"],
        cropLength: 8,
        offset: 0,
        limit: 20,
      },
    ])
    const hit = { id: "prod_1", search_title_fr: "tapis zayane", _rankingScore: 0.91, _formatted: { search_title_fr: "<mark>tapis</mark> <mark>zay</mark>ane" } }
    expect(plan.assemble([response({ hits: [hit] })])).toEqual({
      hits: [{ id: "prod_1", score: 0.91, document: { id: "prod_1", search_title_fr: "tapis zayane" }, highlights: { search_title_fr: ["<mark>tapis</mark> <mark>zay</mark>ane"] } }],
      metadata: { skip: 0, take: 20, count: null, query: "tapis zay", processing_time_ms: 1 },
    })
  })

  it("matches nothing when the text normalises to no word, instead of browsing everything", () => {
    expect(planSearch(query({ q: "?!", filters: { in_stock: true } }), limits).queries[0]).toMatchObject({ q: "", filter: "(in_stock = true AND id IN [])" })
  })
})

describe("planSearch: counts and facets", () => {
  const facets: SearchTypes.SearchFacetRequest[] = [
    { field: "materials", type: "value", limit: 2 },
    { field: "price_mad", type: "range", ranges: [{ key: "low", to: 1000 }, { key: "high", from: 1000 }] },
    { field: "price_mad", type: "stats" },
  ]

  it("runs hits, exact count and facets as one page-mode query when skip is a multiple of take, plus one count per range and per stats facet", () => {
    const plan = planSearch(query({ q: "tapis", filters: { women_led: true }, pagination: { skip: 24, take: 12 }, search_options: { facets, count: "exact" } }), limits)
    const match = { indexUid: "product_v1", q: "tapis ", matchingStrategy: "all" }
    expect(plan.queries).toEqual([
      { ...match, filter: "women_led = true", attributesToRetrieve: ["id", "search_title_fr", "price_mad", "created_at"], page: 3, hitsPerPage: 12, facets: ["materials", "price_mad"] },
      { ...match, filter: "(women_led = true AND price_mad < 1000)", page: 0, hitsPerPage: 1 },
      { ...match, filter: "(women_led = true AND price_mad >= 1000)", page: 0, hitsPerPage: 1 },
      { ...match, filter: "(women_led = true AND (price_mad EXISTS AND price_mad IS NOT NULL))", page: 0, hitsPerPage: 1 },
    ])
    const result = plan.assemble([
      response({ hits: [{ id: "prod_25" }], totalHits: 40, facetDistribution: { materials: { laine: 30, coton: 12, henne: 3 } }, facetStats: { price_mad: { min: 300, max: 9800 } } }),
      response({ totalHits: 15 }),
      response({ totalHits: 25 }),
      response({ totalHits: 39 }),
    ])
    expect(result.metadata.count).toBe(40)
    expect(result.facets).toEqual({
      materials: { type: "value", values: [{ value: "laine", count: 30 }, { value: "coton", count: 12 }] },
      price_mad: { type: "stats", min: 300, max: 9800, count: 39 },
    })
  })

  it("keeps each facet type under its own request when only ranges are asked", () => {
    const plan = planSearch(query({ pagination: { skip: 0, take: 10 }, search_options: { facets: [facets[1]] } }), limits)
    expect(plan.queries.map((entry) => entry.filter)).toEqual([undefined, "price_mad < 1000", "price_mad >= 1000"])
    const result = plan.assemble([response({ totalHits: 40 }), response({ totalHits: 15 }), response({ totalHits: 25 })])
    expect(result.facets).toEqual({
      price_mad: { type: "range", ranges: [{ key: "low", from: undefined, to: 1000, count: 15 }, { key: "high", from: 1000, to: undefined, count: 25 }] },
    })
    expect(result.metadata.count).toBe(40)
  })

  it("adds a count-only query when skip is not a multiple of take", () => {
    const plan = planSearch(query({ pagination: { skip: 5, take: 10 }, search_options: { count: "exact" } }), limits)
    expect(plan.queries).toEqual([
      { indexUid: "product_v1", q: "", matchingStrategy: "all", attributesToRetrieve: ["id", "search_title_fr", "price_mad", "created_at"], offset: 5, limit: 10 },
      { indexUid: "product_v1", q: "", matchingStrategy: "all", page: 0, hitsPerPage: 1 },
    ])
    expect(plan.assemble([response({ hits: [{ id: "a" }], estimatedTotalHits: 30 }), response({ totalHits: 31 })]).metadata.count).toBe(31)
  })

  it("answers a facet-only query (take 0) with one count query and no hits", () => {
    const plan = planSearch(query({ pagination: { skip: 0, take: 0 }, search_options: { facets: ["materials"], count: "none" } }), limits)
    expect(plan.queries).toEqual([{ indexUid: "product_v1", q: "", matchingStrategy: "all", page: 0, hitsPerPage: 1, facets: ["materials"] }])
    expect(plan.assemble([response({ totalHits: 3, facetDistribution: { materials: { laine: 3 } } })])).toEqual({
      hits: [],
      facets: { materials: { type: "value", values: [{ value: "laine", count: 3 }] } },
      metadata: { skip: 0, take: 0, count: null, query: undefined, processing_time_ms: 1 },
    })
  })

  it("refuses an exact count that reached maxTotalHits", () => {
    const plan = planSearch(query({ search_options: { count: "exact" } }), { maxTotalHits: 1000, maxValuesPerFacet: 100 })
    expect(() => plan.assemble([response({ totalHits: 1000 })])).toThrow(
      "Meilisearch counts at most 1000 documents and this search's count reached it: raise the provider's maxTotalHits option",
    )
  })
})

describe("planSearch: refusals", () => {
  it("refuses cursors, vectors and the any strategy", () => {
    expect(rejection(query({ pagination: { cursor: "abc" } }))).toEqual({ type: MedusaError.Types.NOT_ALLOWED, message: "Meilisearch paginates by skip and take, not by cursor" })
    expect(rejection(query({ search_options: { vector: { value: [0.1] } } })).type).toBe(MedusaError.Types.NOT_ALLOWED)
    expect(rejection(query({ q: "tapis", search_options: { match_strategy: "any" } })).message).toBe(
      'Meilisearch has no "any" matching strategy that returns every document matching one of the words: use "all" or "last"',
    )
  })

  it("refuses to turn typo tolerance off per query, unless the index has it off anyway", () => {
    expect(rejection(query({ q: "tapis", search_options: { typo_tolerance: false } }))).toEqual({
      type: MedusaError.Types.NOT_ALLOWED,
      message: 'Meilisearch applies typo tolerance per index, and index "product" has it on: a query cannot turn it off',
    })
    expect(rejection(query({ search_options: { typo_tolerance: false } }))).toEqual({})
    const exactIndex = { ...productIndex, settings: { typo_tolerance: { enabled: false } } }
    expect(rejection(query({ index: exactIndex, q: "tapis", search_options: { typo_tolerance: false } }))).toEqual({})
    expect(rejection(query({ q: "tapis", search_options: { typo_tolerance: true } }))).toEqual({})
  })

  it("refuses to deduplicate by a field Meilisearch cannot", () => {
    expect(rejection(query({ search_options: { distinct: "materials" } })).message).toBe(
      'Meilisearch deduplicates a query only by a filterable, single-valued field, and "materials" is not one',
    )
  })
})
