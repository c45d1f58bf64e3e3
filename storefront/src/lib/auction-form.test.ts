import { describe, expect, it } from "vitest"
import { isLotId, parseBidForm } from "./auction-form"

const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [key, value] of Object.entries(fields)) data.set(key, value)
  return data
}
const lot = "alot_01JZ8R5W3K2M4N6P8Q0S"

describe("parseBidForm", () => {
  it("reads a plain bid and a maximum", () => {
    expect(parseBidForm(form({ lot_id: lot, amount: "2700", kind: "bid", locale: "ar" }))).toEqual({ lotId: lot, amount: 2700, max: false, locale: "ar" })
    expect(parseBidForm(form({ lot_id: lot, amount: "4000", kind: "max", locale: "fr" }))).toEqual({ lotId: lot, amount: 4000, max: true, locale: "fr" })
  })

  it("takes surrounding spaces, and French without a locale", () => {
    expect(parseBidForm(form({ lot_id: lot, amount: " 2700 " }))).toEqual({ lotId: lot, amount: 2700, max: false, locale: "fr" })
  })

  it("refuses cents, signs, zero, huge amounts and anything that is not a lot", () => {
    for (const amount of ["2700,50", "2700.50", "2.700", "2,700", "2 700", "-5", "0", "1e4", "", "abc", "1000000000"]) {
      expect(parseBidForm(form({ lot_id: lot, amount })), amount).toBeNull()
    }
    expect(parseBidForm(form({ lot_id: "../admin", amount: "2700" }))).toBeNull()
    expect(parseBidForm(form({ amount: "2700" }))).toBeNull()
  })
})

describe("isLotId", () => {
  it("accepts only lot ids", () => {
    expect(isLotId(lot)).toBe(true)
    expect(isLotId("prod_01JZ8R5W3K2M4N6P8Q0S")).toBe(false)
    expect(isLotId("alot_01/../x")).toBe(false)
    expect(isLotId(undefined)).toBe(false)
  })
})
