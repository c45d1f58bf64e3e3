import { describe, expect, it } from "vitest"
import { countryName } from "@tiwizi/locale"
import { productFacts } from "./product-facts"

const carpet = { width: 200, length: 300, weight: 2400, material: " Laine de mouton ", origin_country: "ma" } as never

describe("productFacts", () => {
  it("formats a carpet's size, weight, material and origin in French", () => {
    expect(productFacts(carpet, "fr")).toEqual({
      dimensions: { width: "200", length: "300" },
      weight: expect.stringMatching(/^2,4\skg$/),
      material: "Laine de mouton",
      origin: "Maroc",
    })
  })

  it("names the origin in Arabic and keeps Latin digits", () => {
    const facts = productFacts(carpet, "ar")
    expect(facts.origin).toBe("المغرب")
    expect(facts.weight).toMatch(/^2[.,٫]4/)
    expect(JSON.stringify(facts)).not.toMatch(/[٠-٩]/)
  })

  it("shows light goods in grams", () => {
    expect(productFacts({ weight: 250 } as never, "en").weight).toBe("250 g")
  })

  it("leaves out what the product does not say (or says as zero)", () => {
    expect(productFacts({ width: 200, length: null, weight: 0, material: "", origin_country: null } as never, "fr")).toEqual({})
  })

  it("shows an unknown country code as given", () => {
    expect(countryName("qq", "en")).toBe("QQ")
  })
})
