import { describe, expect, it } from "vitest"
import { normalizeFacets, rangeFilter, statsFacetResult, valueFacetResult } from "./facets"
import { leafFields } from "./fields"
import { productIndex } from "./product-index.fixture"

const fields = leafFields(productIndex.fields)
const distribution = { laine: 7, coton: 2, henne: 7, cuir: 1, "laine vierge": 3 }
const valueFacet = (overrides = {}) => ({ field: "materials", type: "value" as const, limit: 10, sort: "count" as const, ...overrides })

describe("normalizeFacets", () => {
  it("applies Medusa's defaults and range keys", () => {
    expect(
      normalizeFacets(
        ["materials", { field: "women_led", limit: 2, sort: "alpha" }, { field: "price_mad", type: "range", ranges: [{ to: 500 }, { key: "mid", from: 500, to: 2000 }] }, { field: "price_mad", type: "stats" }],
        fields,
      ),
    ).toEqual([
      { field: "materials", type: "value", limit: 10, sort: "count", query: undefined },
      { field: "women_led", type: "value", limit: 2, sort: "alpha", query: undefined },
      { field: "price_mad", type: "range", ranges: [{ key: "*-500", from: undefined, to: 500 }, { key: "mid", from: 500, to: 2000 }] },
      { field: "price_mad", type: "stats" },
    ])
  })

  it("refuses fields that are not facetable or not numeric for ranges", () => {
    expect(() => normalizeFacets(["handle"], fields)).toThrow('Field "handle" is not facetable')
    expect(() => normalizeFacets([{ field: "materials", type: "stats" }], fields)).toThrow('stats facets need a numeric or date field, and "materials" is keyword')
  })
})

describe("valueFacetResult", () => {
  it("orders by count, ties alphabetically, and cuts at the limit", () => {
    expect(valueFacetResult(distribution, valueFacet({ limit: 3 }), 1000)).toEqual({
      type: "value",
      values: [
        { value: "henne", count: 7 },
        { value: "laine", count: 7 },
        { value: "laine vierge", count: 3 },
      ],
    })
  })

  it("orders alphabetically and narrows to values starting with the query", () => {
    expect(valueFacetResult(distribution, valueFacet({ sort: "alpha" }), 1000)).toEqual({
      type: "value",
      values: [
        { value: "coton", count: 2 },
        { value: "cuir", count: 1 },
        { value: "henne", count: 7 },
        { value: "laine", count: 7 },
        { value: "laine vierge", count: 3 },
      ],
    })
    expect(valueFacetResult(distribution, valueFacet({ query: "lai" }), 1000)).toEqual({
      type: "value",
      values: [
        { value: "laine", count: 7 },
        { value: "laine vierge", count: 3 },
      ],
    })
    expect(valueFacetResult(undefined, valueFacet(), 1000)).toEqual({ type: "value", values: [] })
  })

  it("refuses to list a distribution Meilisearch may have cut, unless the top values by count suffice", () => {
    expect(valueFacetResult(distribution, valueFacet({ limit: 2 }), 5)).toEqual({
      type: "value",
      values: [
        { value: "henne", count: 7 },
        { value: "laine", count: 7 },
      ],
    })
    expect(() => valueFacetResult(distribution, valueFacet({ sort: "alpha" }), 5)).toThrow(
      'Facet "materials" has more than 5 values: raise the Meilisearch provider\'s maxValuesPerFacet option to list them alphabetically, by query or beyond that limit',
    )
    expect(() => valueFacetResult(distribution, valueFacet({ query: "l" }), 5)).toThrow(/maxValuesPerFacet/)
    expect(() => valueFacetResult(distribution, valueFacet({ limit: 6 }), 5)).toThrow(/maxValuesPerFacet/)
  })
})

describe("rangeFilter and statsFacetResult", () => {
  it("selects [from, to) ranges, dates as epoch milliseconds", () => {
    expect(rangeFilter("price_mad", { from: 500, to: 2000 }, fields)).toBe("(price_mad >= 500 AND price_mad < 2000)")
    expect(rangeFilter("price_mad", { to: "500" }, fields)).toBe("price_mad < 500")
    expect(rangeFilter("created_at", { from: "2024-01-01T00:00:00.000Z" }, fields)).toBe("created_at >= 1704067200000")
    expect(rangeFilter("price_mad", {}, fields)).toBeUndefined()
  })

  it("reports min and max from facetStats, zeros when no document holds the field", () => {
    expect(statsFacetResult({ min: 350, max: 12000 }, 9)).toEqual({ type: "stats", min: 350, max: 12000, count: 9 })
    expect(statsFacetResult(undefined, 0)).toEqual({ type: "stats", min: 0, max: 0, count: 0 })
  })
})
