import type { SearchFacetResult } from "@medusajs/types"
import { describe, expect, it } from "vitest"
import { activeChips, facetGroups, filterLabel, type FacetContext } from "./search-facets"
import { parseSearchState } from "./search-state"

const context = (locale: FacetContext["locale"] = "ar"): FacetContext => ({
  locale,
  currency: "mad",
  cooperativeNames: { "tifawin-aghbalou": "تعاونية تيفاوين", "ithri-kaf-en-nsour": "تعاونية إيثري" },
  flagLabels: { women_led: "تعاونية نسائية", rural: "تعاونية قروية", unique: "قطعة فريدة", in_stock: "متوفر" },
  priceLabel: ({ from, to, currency }) => `${from ?? ""}-${to ?? ""} ${currency}`,
})

const value = (values: [string | boolean, number][]): SearchFacetResult => ({
  type: "value",
  values: values.map(([v, count]) => ({ value: v as string, count })),
})

const facets: Record<string, SearchFacetResult> = {
  category_handles: value([["tapis-zayane", 8], ["tapis", 12], ["poterie", 0], ["not-a-category", 5]]),
  materials: value([["cotton", 2], ["wool", 12]]),
  cooperative_handle: value([["ithri-kaf-en-nsour", 4], ["tifawin-aghbalou", 8], ["gone-coop", 1]]),
  province: value([["Midelt", 2], ["Khénifra", 10]]),
  // Booleans come back as strings from one engine and as booleans from another.
  women_led: value([["true", 9], ["false", 3]]),
  rural: value([[true, 5], [false, 7]]),
  one_of_a_kind: value([["false", 12]]),
  price_mad: {
    type: "range",
    ranges: [
      { key: "mad-0-500", to: 500, count: 0 },
      { key: "mad-500-1000", from: 500, to: 1000, count: 3 },
      { key: "mad-1000-3000", from: 1000, to: 3000, count: 9 },
    ],
  },
}

describe("facet labels", () => {
  it("names coded values with the crafts vocabulary in the reader's language", () => {
    expect(filterLabel("category", "tapis-zayane", context("ar"))).toBe("الزربية الزيانية من خنيفرة")
    expect(filterLabel("material", "wool", context("fr"))).toBe("Laine de mouton")
    expect(filterLabel("technique", "hand-knotted-pile", context("en"))).toBe("Hand-knotted pile")
    expect(filterLabel("dye", "madder", context("en"))).toBe("Madder")
    expect(filterLabel("size", "large", context("fr"))).toBe("Grand (plus de 4 m²)")
    expect(filterLabel("material", "plastic", context("fr"))).toBeUndefined()
  })

  it("names cooperatives by their name, provinces as they are, flags and prices by the page's words", () => {
    expect(filterLabel("cooperative", "tifawin-aghbalou", context())).toBe("تعاونية تيفاوين")
    expect(filterLabel("cooperative", "gone-coop", context())).toBe("gone-coop")
    expect(filterLabel("province", "Khénifra", context())).toBe("Khénifra")
    expect(filterLabel("women_led", "true", context())).toBe("تعاونية نسائية")
    expect(filterLabel("price", "eur-100-300", context())).toBe("100-300 eur")
  })
})

describe("facet groups", () => {
  const groups = (query: string) => facetGroups(facets, parseSearchState(new URLSearchParams(query)), context())
  const group = (query: string, id: string) => groups(query).find((g) => g.id === id)

  it("lists coded values that match something, in the vocabulary's order, subcategories nested", () => {
    expect(group("", "category")?.options.map((o) => [o.value, o.count, o.nested])).toEqual([
      ["tapis", 12, false],
      ["tapis-zayane", 8, true],
    ])
    expect(group("", "material")?.options.map((o) => o.value)).toEqual(["wool", "cotton"])
  })

  it("keeps a chosen value at zero so it can be unticked, and marks chosen values", () => {
    const categories = group("category=poterie&category=tapis", "category")?.options
    expect(categories?.map((o) => [o.value, o.selected])).toEqual([
      ["tapis", true],
      ["tapis-zayane", false],
      ["poterie", true],
    ])
  })

  it("orders cooperatives and provinces by count, named, with a chosen one missing from the facet", () => {
    expect(group("", "cooperative")?.options.map((o) => o.label)).toEqual(["تعاونية تيفاوين", "تعاونية إيثري", "gone-coop"])
    expect(group("province=Azilal", "province")?.options.map((o) => [o.label, o.count])).toEqual([
      ["Khénifra", 10],
      ["Midelt", 2],
      ["Azilal", 0],
    ])
  })

  it("counts flags on their true value, whether a string or a boolean", () => {
    expect(group("", "features")?.options.map((o) => [o.param, o.count])).toEqual([
      ["women_led", 9],
      ["rural", 5],
    ])
  })

  it("shows the visitor's price bands that hold products", () => {
    expect(group("", "price")?.options.map((o) => [o.value, o.label, o.count])).toEqual([
      ["mad-500-1000", "500-1000 mad", 3],
      ["mad-1000-3000", "1000-3000 mad", 9],
    ])
  })

  it("leaves out groups with nothing to offer, and copes with no facets at all", () => {
    expect(groups("").map((g) => g.id)).toEqual(["category", "price", "material", "cooperative", "province", "features"])
    expect(facetGroups(undefined, parseSearchState(new URLSearchParams("dye=indigo")), context())).toEqual([
      { id: "dye", options: [{ param: "dye", value: "indigo", label: "النيلة", count: 0, selected: true, nested: false }] },
    ])
  })
})

describe("active filter chips", () => {
  it("labels each active value, in URL order", () => {
    const state = parseSearchState(new URLSearchParams("women_led=true&material=wool&cooperative=tifawin-aghbalou&price=mad-0-500"))
    expect(activeChips(state, context()).map((chip) => chip.label)).toEqual(["-500 mad", "صوف الغنم", "تعاونية تيفاوين", "تعاونية نسائية"])
  })
})
