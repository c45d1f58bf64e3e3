import { describe, expect, it } from "vitest"
import { instantBody, searchBody, searchFilters, suggestionBodies } from "./search-query"
import { parseSearchState } from "./search-state"

const parse = (query: string) => parseSearchState(new URLSearchParams(query))

describe("search filters from the URL state", () => {
  it("turns each filter into its index field, lists as $in and flags as true", () => {
    expect(
      searchFilters(
        parse(
          "q=زربية+صوف&category=tapis&material=wool&material=cotton&technique=hand-knotted-pile&dye=indigo&size=large" +
            "&cooperative=tifawin-aghbalou&province=Khénifra&women_led=true&rural=true&unique=true&in_stock=true",
        ),
      ),
    ).toEqual({
      q: "زربية صوف",
      category_handles: { $in: ["tapis"] },
      materials: { $in: ["wool", "cotton"] },
      technique: { $in: ["hand-knotted-pile"] },
      dyes: { $in: ["indigo"] },
      size_band: { $in: ["large"] },
      cooperative_handle: { $in: ["tifawin-aghbalou"] },
      province: { $in: ["Khénifra"] },
      women_led: true,
      rural: true,
      one_of_a_kind: true,
      in_stock: true,
    })
  })

  it("filters a price band on its own currency's field, bounds included below and excluded above", () => {
    expect(searchFilters(parse("price=mad-1000-3000"))).toEqual({ price_mad: { $gte: 1000, $lt: 3000 } })
    expect(searchFilters(parse("price=eur-0-50"))).toEqual({ price_eur: { $lt: 50 } })
    expect(searchFilters(parse("price=usd-600-plus"))).toEqual({ price_usd: { $gte: 600 } })
  })

  it("sends no q and no filter for an empty state", () => {
    expect(searchFilters(parse(""))).toEqual({})
  })
})

describe("search bodies", () => {
  it("asks a results page for lean card fields, its page, facets and an exact count", () => {
    const body = searchBody(parse("q=tapis&page=3"), "ar", "eur")
    expect(body.entity).toBe("product")
    expect(body.fields).toEqual(["id", "handle", "title_ar", "thumbnail", "price_eur"])
    expect(body.pagination).toEqual({ skip: 48, take: 24 })
    expect(body.search_options).toMatchObject({ typo_tolerance: true, match_strategy: "all", disjunctive_facets: true, count: "exact" })
    const facets = body.search_options?.facets ?? []
    expect(facets).toEqual(
      expect.arrayContaining(
        ["category_handles", "cooperative_handle", "province", "technique", "materials", "dyes", "size_band", "women_led", "rural", "one_of_a_kind", "in_stock"].map(
          (field) => ({ field, limit: 50 }),
        ),
      ),
    )
    const priceFacet = facets.find((facet) => typeof facet === "object" && facet.field === "price_eur")
    expect(priceFacet).toStrictEqual({
      field: "price_eur",
      type: "range",
      ranges: [
        { key: "eur-0-50", to: 50 },
        { key: "eur-50-100", from: 50, to: 100 },
        { key: "eur-100-300", from: 100, to: 300 },
        { key: "eur-300-600", from: 300, to: 600 },
        { key: "eur-600-plus", from: 600 },
      ],
    })
  })

  it("orders by relevance unless asked, and by the visitor's price or the newest", () => {
    expect(searchBody(parse("q=tapis"), "fr", "mad").pagination).not.toHaveProperty("order")
    expect(searchBody(parse("sort=price_asc&q=a"), "fr", "mad").pagination?.order).toEqual({ price_mad: "ASC" })
    expect(searchBody(parse("sort=price_desc&q=a"), "fr", "usd").pagination?.order).toEqual({ price_usd: "DESC" })
    expect(searchBody(parse("sort=newest&q=a"), "fr", "mad").pagination?.order).toEqual({ created_at: "DESC" })
  })

  it("asks the header box's type-ahead for six cards with the last word as a prefix", () => {
    expect(instantBody("zarb", "fr", "mad")).toEqual({
      entity: "product",
      fields: ["id", "handle", "title_fr", "thumbnail", "price_mad"],
      filters: { q: "zarb" },
      pagination: { skip: 0, take: 6 },
      search_options: { typo_tolerance: true, match_strategy: "last", count: "estimated" },
    })
  })

  it("reads the last word whole when asked, for a finished word the engine may correct", () => {
    expect(instantBody("khnifra", "ar", "mad", "all").search_options?.match_strategy).toBe("all")
  })

  it("asks for suggestions word by word, with typos, without filters or prices", () => {
    const bodies = suggestionBodies(" khnifra  tapiss khnifra ", "en")
    expect(bodies.map((body) => body.filters?.q)).toEqual(["khnifra", "tapiss"])
    expect(bodies[0]).toMatchObject({
      fields: ["id", "handle", "title_en"],
      pagination: { take: 3 },
      search_options: { match_strategy: "all", typo_tolerance: true },
    })
    expect(suggestionBodies("a b c d e f g", "fr")).toHaveLength(5)
  })
})
