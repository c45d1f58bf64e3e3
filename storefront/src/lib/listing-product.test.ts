import { describe, expect, it } from "vitest"
import { isListingState, isProductId, textIn } from "./listing-product"

describe("textIn", () => {
  it("shows the page's language, else the one the text was written in, with its language", () => {
    expect(textIn({ fr: "Tapis", ar: "زربية" }, "ar")).toEqual({ value: "زربية", lang: "ar" })
    expect(textIn({ ar: "زربية" }, "en")).toEqual({ value: "زربية", lang: "ar" })
    expect(textIn({ fr: " ", en: "Rug" }, "fr")).toEqual({ value: "Rug", lang: "en" })
    expect(textIn({}, "fr")).toEqual({ value: "", lang: "fr" })
  })
})

describe("guards", () => {
  it("accepts only product ids and listing states", () => {
    expect(isProductId("prod_01JTESTCARPET0000000000000")).toBe(true)
    expect(isProductId("prod_../../admin")).toBe(false)
    expect(isProductId("cuaddr_01JTESTCARPET000000000")).toBe(false)
    expect(isListingState("in_review")).toBe(true)
    expect(isListingState("sold")).toBe(false)
  })
})
