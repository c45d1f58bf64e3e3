import { describe, expect, it } from "vitest"
import { emptyListingValues, normalizeDigits, parseAmount, parseWhole, suggestedSubtitle, withSuggestedSubtitle } from "./listing-form"

const labels = { fr: "Hanbels (tissages plats)", ar: "الحنبل (نسيج مسطح)", en: "Hanbel flat-weaves" }

describe("numbers as typed", () => {
  it("reads Arabic-Indic and Persian digits as Latin ones", () => {
    expect(normalizeDigits("٠١٢٣٤٥٦٧٨٩ ۰۱۹")).toBe("0123456789 019")
  })

  it("reads whole numbers, and says when a value is not one", () => {
    expect(parseWhole(" 240 ")).toBe(240)
    expect(parseWhole("٢٤٠")).toBe(240)
    expect(parseWhole("")).toBeNull()
    expect(parseWhole("2,5")).toBeNaN()
    expect(parseWhole("-3")).toBeNaN()
  })

  it("reads amounts with spaces between thousands and a decimal comma", () => {
    expect(parseAmount("1 250,50")).toBe(1250.5)
    expect(parseAmount("1\u202f250.5")).toBe(1250.5)
    expect(parseAmount("")).toBeNull()
    expect(parseAmount("12 MAD")).toBeNaN()
  })
})

describe("the proposed subtitle", () => {
  it("says the category and, once both sides are known, the size", () => {
    expect(suggestedSubtitle("Hanbel", "150", "", "fr")).toBe("Hanbel")
    expect(suggestedSubtitle("Hanbel", "١٥٠", "240", "en")).toBe("Hanbel, 150 × 240 cm")
    expect(suggestedSubtitle("الحنبل", "150", "240", "ar")).toBe("الحنبل، 150 × 240 سم")
  })

  it("is written in the writing language until the member writes their own", () => {
    const values = { ...emptyListingValues("ar"), width: "150", length: "240" }
    expect(withSuggestedSubtitle(values, labels).texts.ar.subtitle).toBe("الحنبل (نسيج مسطح)، 150 × 240 سم")
    expect(withSuggestedSubtitle({ ...values, language: "fr" }, labels).texts.fr.subtitle).toBe("Hanbels (tissages plats), 150 × 240 cm")
    const edited = { ...values, subtitleEdited: true }
    expect(withSuggestedSubtitle(edited, labels)).toBe(edited)
    expect(withSuggestedSubtitle(values, undefined)).toBe(values)
  })
})
