import { describe, expect, it } from "vitest"
import {
  activeFilters,
  maxQueryLength,
  maxSearchPage,
  parseSearchState,
  searchHref,
  searchParamsOf,
  searchStateFor,
  toggleFilter,
  withoutFilters,
} from "./search-state"

const parse = (query: string) => parseSearchState(new URLSearchParams(query))
const serialise = (query: string) => searchParamsOf(parse(query)).toString()

describe("search state in the URL", () => {
  it("reads every filter, with repeated parameters as several values", () => {
    const state = parse(
      "q=zarbia+laine&category=tapis-zayane&material=wool&material=cotton&technique=hand-knotted-pile&dye=madder" +
        "&size=large&price=mad-1000-3000&cooperative=tifawin-aghbalou&province=Kh%C3%A9nifra" +
        "&women_led=true&rural=true&unique=true&in_stock=true&sort=price_asc&page=3",
    )
    expect(state.q).toBe("zarbia laine")
    expect(state.filters).toEqual({
      category: ["tapis-zayane"],
      price: ["mad-1000-3000"],
      material: ["wool", "cotton"],
      technique: ["hand-knotted-pile"],
      dye: ["madder"],
      size: ["large"],
      cooperative: ["tifawin-aghbalou"],
      province: ["Khénifra"],
      women_led: ["true"],
      rural: ["true"],
      unique: ["true"],
      in_stock: ["true"],
    })
    expect(state.sort).toBe("price_asc")
    expect(state.page).toBe(3)
  })

  it("takes Next's searchParams object as well as URLSearchParams", () => {
    const state = parseSearchState({ q: "argan", material: ["wool", "cotton"], women_led: "true", page: undefined })
    expect(state.q).toBe("argan")
    expect(state.filters.material).toEqual(["wool", "cotton"])
    expect(state.filters.women_led).toEqual(["true"])
  })

  it("writes a state back to the same URL, defaults left out, in a stable order", () => {
    const canonical =
      "q=zarbia+laine&category=tapis&price=eur-100-300&material=wool&material=cotton&cooperative=tifawin-aghbalou" +
      "&women_led=true&sort=newest&page=2"
    expect(serialise(canonical)).toBe(canonical)
    // Parameter order in the incoming URL does not matter; values keep theirs.
    expect(serialise("page=2&sort=newest&women_led=true&material=wool&q=zarbia+laine&material=cotton&price=eur-100-300&category=tapis&cooperative=tifawin-aghbalou")).toBe(canonical)
    expect(serialise("sort=relevance&page=1&q=")).toBe("")
  })

  it("round-trips: parsing what it wrote gives the same state", () => {
    const state = parse("q=tapis&dye=indigo&dye=madder&size=small&unique=true&sort=price_desc&page=4")
    expect(parseSearchState(searchParamsOf(state))).toEqual(state)
  })

  it("drops values that mean nothing here instead of failing", () => {
    const state = parse(
      "category=chaussures&material=plastic&material=wool&technique=x&dye=madder&dye=madder&size=huge" +
        "&price=0-1000&price=mad-0-500&price=mad-500-1000&cooperative=Not+A+Handle&cooperative=../etc" +
        "&province=%00bad&province=" + "x".repeat(81) + "&women_led=yes&rural=false&unique=1&sort=cheapest&page=abc",
    )
    expect(state.filters.category).toEqual([])
    expect(state.filters.material).toEqual(["wool"])
    expect(state.filters.technique).toEqual([])
    expect(state.filters.dye).toEqual(["madder"])
    expect(state.filters.size).toEqual([])
    // One price band at most: the first valid one.
    expect(state.filters.price).toEqual(["mad-0-500"])
    expect(state.filters.cooperative).toEqual([])
    expect(state.filters.province).toEqual([])
    expect(state.filters.women_led).toEqual([])
    expect(state.filters.rural).toEqual([])
    expect(state.filters.unique).toEqual([])
    expect(state.sort).toBe("relevance")
    expect(state.page).toBe(1)
  })

  it("keeps the page within bounds", () => {
    expect(parse("page=0").page).toBe(1)
    expect(parse("page=-2").page).toBe(1)
    expect(parse("page=2.5").page).toBe(1)
    expect(parse(`page=${maxSearchPage}`).page).toBe(maxSearchPage)
    expect(parse(`page=${maxSearchPage + 1}`).page).toBe(maxSearchPage)
    expect(parse("page=99999999").page).toBe(1)
  })

  it("tidies the words and bounds their length", () => {
    expect(parse("q=%20%20tapis%20%20%20zayane%20").q).toBe("tapis zayane")
    expect(parse(`q=${"a".repeat(maxQueryLength + 50)}`).q).toHaveLength(maxQueryLength)
    expect(parse("q=a&q=b").q).toBe("a")
  })
})

describe("changing a search", () => {
  const base = parse("q=tapis&material=wool&page=3")

  it("switches a value on and off, back on the first page", () => {
    const on = toggleFilter(base, "material", "cotton")
    expect(on.filters.material).toEqual(["wool", "cotton"])
    expect(on.page).toBe(1)
    expect(toggleFilter(on, "material", "wool").filters.material).toEqual(["cotton"])
    expect(base.filters.material).toEqual(["wool"])
  })

  it("swaps the single price band and flags instead of piling them up", () => {
    const cheap = toggleFilter(base, "price", "mad-0-500")
    expect(toggleFilter(cheap, "price", "mad-500-1000").filters.price).toEqual(["mad-500-1000"])
    expect(toggleFilter(cheap, "price", "mad-0-500").filters.price).toEqual([])
    expect(toggleFilter(base, "women_led", "true").filters.women_led).toEqual(["true"])
  })

  it("clears every filter but keeps the words and the order", () => {
    const state = { ...toggleFilter(base, "dye", "indigo"), sort: "newest" as const }
    const cleared = withoutFilters(state)
    expect(activeFilters(cleared)).toEqual([])
    expect(cleared.q).toBe("tapis")
    expect(cleared.sort).toBe("newest")
  })

  it("lists active filters in URL order", () => {
    expect(activeFilters(parse("women_led=true&material=wool&category=tapis"))).toEqual([
      ["category", "tapis"],
      ["material", "wool"],
      ["women_led", "true"],
    ])
  })

  it("links to the results page under the locale", () => {
    expect(searchHref("ar", searchStateFor())).toBe("/ar/search")
    expect(searchHref("ar", toggleFilter(searchStateFor("زربية صوف"), "category", "tapis"))).toBe(
      "/ar/search?q=%D8%B2%D8%B1%D8%A8%D9%8A%D8%A9+%D8%B5%D9%88%D9%81&category=tapis",
    )
  })
})
