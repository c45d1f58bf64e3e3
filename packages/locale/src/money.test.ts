import { describe, expect, it } from "vitest"
import { directionOf, formatMoney, formatNumber, isCurrency, isLocale } from "./index"

describe("formatMoney", () => {
  it("writes dirhams the French-Moroccan way (CLDR fr-MA groups with dots)", () => {
    expect(formatMoney(1250, "mad", "fr")).toBe("1.250,00\u00a0MAD")
  })
  it("keeps Latin digits in Arabic", () => {
    const text = formatMoney(1250, "MAD", "ar")
    expect(text).toMatch(/1[.\s\u202f]?250,00/)
    expect(text).toContain("د.م.")
    expect(text).not.toMatch(/[٠-٩]/)
  })
  it("writes euros and dollars in English", () => {
    expect(formatMoney(89.5, "eur", "en")).toBe("€89.50")
    expect(formatMoney(1200, "usd", "en")).toBe("US$1,200.00")
  })
  it("refuses what is not an amount", () => {
    expect(() => formatMoney(Number.NaN, "mad", "fr")).toThrow(RangeError)
  })
})

describe("locales", () => {
  it("knows which locales are right to left", () => {
    expect(directionOf("ar")).toBe("rtl")
    expect(directionOf("fr")).toBe("ltr")
  })
  it("recognises only the shop's locales and currencies", () => {
    expect(isLocale("ar")).toBe(true)
    expect(isLocale("de")).toBe(false)
    expect(isCurrency("EUR")).toBe(true)
    expect(isCurrency("gbp")).toBe(false)
    expect(formatNumber(12500, "fr")).toBe("12.500")
  })
})
