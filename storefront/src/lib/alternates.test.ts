import { describe, expect, it } from "vitest"
import { alternatesFor, languageAlternates } from "./alternates"

describe("alternatesFor", () => {
  it("gives the canonical URL in the reader's language and every translation, French as x-default", () => {
    expect(alternatesFor("ar", "/products/zayane")).toEqual({
      canonical: "/ar/products/zayane",
      languages: {
        fr: "/fr/products/zayane",
        ar: "/ar/products/zayane",
        en: "/en/products/zayane",
        "x-default": "/fr/products/zayane",
      },
    })
  })

  it("names the home page by its locale root", () => {
    expect(languageAlternates()).toEqual({ fr: "/fr", ar: "/ar", en: "/en", "x-default": "/fr" })
    expect(alternatesFor("en").canonical).toBe("/en")
  })
})
