import { describe, expect, it } from "vitest"
import { cheapestPrice, variantPrice } from "./pricing"

const v = (amount: number | null, currency = "mad") =>
  ({ calculated_price: amount === null ? null : { calculated_amount: amount, currency_code: currency } }) as never

describe("variantPrice", () => {
  it("reads the calculated price in major units", () => {
    expect(variantPrice(v(1250))).toEqual({ amount: 1250, currency: "mad" })
  })
  it("is null when the variant has no price in the region", () => {
    expect(variantPrice(v(null))).toBeNull()
    expect(variantPrice({} as never)).toBeNull()
  })
  it("keeps a free item (0) as a price", () => {
    expect(variantPrice(v(0))).toEqual({ amount: 0, currency: "mad" })
  })
})

describe("cheapestPrice", () => {
  it("takes the lowest price and says whether prices vary", () => {
    expect(cheapestPrice([v(900), v(450), v(1200)])).toEqual({ amount: 450, currency: "mad", varies: true })
    expect(cheapestPrice([v(300), v(300)])).toEqual({ amount: 300, currency: "mad", varies: false })
  })
  it("ignores variants without a price, and is null when none has one", () => {
    expect(cheapestPrice([v(null), v(80, "eur")])).toEqual({ amount: 80, currency: "eur", varies: false })
    expect(cheapestPrice([v(null)])).toBeNull()
    expect(cheapestPrice(undefined)).toBeNull()
  })
})
