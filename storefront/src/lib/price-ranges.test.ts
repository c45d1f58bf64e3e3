import { describe, expect, it } from "vitest"
import { priceRangeOf, priceRangesFor } from "./price-ranges"

describe("price bands", () => {
  it("covers every amount in the visitor's currency, cheapest first, without overlaps", () => {
    const ranges = priceRangesFor("mad")
    expect(ranges.map((r) => r.key)).toEqual(["mad-0-500", "mad-500-1000", "mad-1000-3000", "mad-3000-6000", "mad-6000-plus"])
    expect(ranges[0]).toEqual({ key: "mad-0-500", currency: "mad", to: 500 })
    expect(ranges.at(-1)).toEqual({ key: "mad-6000-plus", currency: "mad", from: 6000 })
    for (let i = 1; i < ranges.length; i++) expect(ranges[i].from).toBe(ranges[i - 1].to)
  })

  it("recognises the keys of every currency and nothing else", () => {
    expect(priceRangeOf("eur-100-300")).toEqual({ key: "eur-100-300", currency: "eur", from: 100, to: 300 })
    expect(priceRangeOf("usd-600-plus")?.from).toBe(600)
    for (const bad of ["0-1000", "mad-0-501", "gbp-0-50", "MAD-0-500", ""]) expect(priceRangeOf(bad)).toBeUndefined()
  })
})
