import { describe, expect, it } from "vitest"
import { baseText, readTexts, translatedField } from "./product-texts"

describe("baseText", () => {
  it("takes the French, then the Arabic, then the English", () => {
    expect(baseText({ fr: "Tapis", ar: "زربية", en: "Rug" })).toBe("Tapis")
    expect(baseText({ ar: "زربية", en: "Rug" })).toBe("زربية")
    expect(baseText({ en: "Rug" })).toBe("Rug")
    expect(baseText({})).toBeUndefined()
  })
})

describe("readTexts", () => {
  it("reads the own field as French beside different translations", () => {
    expect(readTexts("Tapis", { ar: "زربية", en: "Rug" })).toEqual({ fr: "Tapis", ar: "زربية", en: "Rug" })
  })

  it("reads no French when the own field copies the Arabic, or the English without Arabic", () => {
    expect(readTexts("زربية", { ar: "زربية" })).toEqual({ ar: "زربية" })
    expect(readTexts("زربية", { ar: "زربية", en: "Rug" })).toEqual({ ar: "زربية", en: "Rug" })
    expect(readTexts("Rug", { en: "Rug" })).toEqual({ en: "Rug" })
  })

  it("reads French that staff wrote over an Arabic-only product", () => {
    expect(readTexts("Tapis zayane", { ar: "زربية" })).toEqual({ fr: "Tapis zayane", ar: "زربية" })
  })

  it("prefers a French translation, and keeps an empty own field as it is", () => {
    expect(readTexts("زربية", { fr: "Tapis", ar: "زربية" })).toEqual({ fr: "Tapis", ar: "زربية" })
    expect(readTexts(null, {})).toEqual({ fr: null })
  })

  it("is the inverse of baseText for every combination of languages", () => {
    const all = { fr: "Tapis", ar: "زربية", en: "Rug" }
    for (const keys of [["fr"], ["ar"], ["en"], ["fr", "ar"], ["fr", "en"], ["ar", "en"], ["fr", "ar", "en"]] as const) {
      const given = Object.fromEntries(keys.map((key) => [key, all[key]]))
      const { fr: _fr, ...translations } = given
      expect(readTexts(baseText(given), translations)).toEqual(given)
    }
  })
})

describe("translatedField", () => {
  it("gathers one field by locale, skipping unknown locales and blanks", () => {
    const records = [
      { locale_code: "ar", translations: { title: "زربية", description: "" } },
      { locale_code: "en", translations: { title: "Rug" } },
      { locale_code: "de", translations: { title: "Teppich" } },
      { locale_code: "en", translations: null },
    ]
    expect(translatedField(records, "title")).toEqual({ ar: "زربية", en: "Rug" })
    expect(translatedField(records, "description")).toEqual({})
  })
})
