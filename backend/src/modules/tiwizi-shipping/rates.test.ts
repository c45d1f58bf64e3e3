import { describe, expect, it } from "vitest"
import { internationalExpressPrice } from "./rates"

describe("internationalExpressPrice", () => {
  it("charges the base plus every started half-kilo", () => {
    expect(internationalExpressPrice(3000, "eur")).toBe(41.5)
    expect(internationalExpressPrice(3001, "eur")).toBe(45.25)
    expect(internationalExpressPrice(120, "usd")).toBe(34.5)
  })
  it("refuses a currency it has no tariff for and a parcel without weight", () => {
    expect(() => internationalExpressPrice(1000, "gbp")).toThrow(/not priced in gbp/)
    expect(() => internationalExpressPrice(0, "eur")).toThrow(/must weigh/)
  })
})
