import { describe, expect, it } from "vitest"
import { listingBody, listingHref, listingSort, listingState } from "./listing"

describe("listingState", () => {
  it("reads filters, sort and page from the URL, and drops words and the page's own filter", () => {
    const state = listingState({ q: "rouge", category: "zayane", material: ["wool", "silk"], sort: "price_asc", page: "2" }, "category")
    expect(state.q).toBe("")
    expect(state.filters.category).toEqual([])
    expect(state.filters.material).toEqual(["wool", "silk"])
    expect([state.sort, state.page]).toEqual(["price_asc", 2])
  })
})

describe("listingSort", () => {
  it("shows the search page's default order as newest first", () => {
    expect(listingSort(listingState({}))).toBe("newest")
    expect(listingSort(listingState({ sort: "price_desc" }))).toBe("price_desc")
  })
})

describe("listingHref", () => {
  it("keeps the listing's own path and writes its state as the search page does", () => {
    const state = listingState({ material: "wool", women_led: "true", page: "3" })
    expect(listingHref("/fr/categories/tapis", state)).toBe("/fr/categories/tapis?material=wool&women_led=true&page=3")
    expect(listingHref("/ar/collections/ete", listingState({}))).toBe("/ar/collections/ete")
  })
})

describe("listingBody", () => {
  it("narrows the search to the listing's scope, newest first, on the asked page", () => {
    const body = listingBody(listingState({ material: "wool", page: "2" }), { category_handles: { $in: ["tapis"] } }, "ar", "eur")
    expect(body.filters).toEqual({ materials: { $in: ["wool"] }, category_handles: { $in: ["tapis"] } })
    expect(body.pagination).toEqual({ skip: 24, take: 24, order: { created_at: "DESC" } })
    expect(body.fields).toContain("title_ar")
    expect(body.fields).toContain("price_eur")
  })

  it("sorts by price in the visitor's currency when asked", () => {
    const body = listingBody(listingState({ sort: "price_asc" }), { cooperative_handle: { $in: ["tifawin"] } }, "fr", "mad")
    expect(body.pagination?.order).toEqual({ price_mad: "ASC" })
  })
})
