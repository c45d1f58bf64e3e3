import { describe, expect, it } from "vitest"
import { sitemapEntries } from "./sitemap-entries"

describe("sitemapEntries", () => {
  it("lists each page in every language, each with all its translations and x-default", () => {
    const entries = sitemapEntries("https://tiwizi.ma", [{ path: "/products/zayane", lastModified: "2026-11-01T10:00:00.000Z" }, { path: "/" }])
    expect(entries.map((entry) => entry.url)).toEqual([
      "https://tiwizi.ma/fr/products/zayane",
      "https://tiwizi.ma/ar/products/zayane",
      "https://tiwizi.ma/en/products/zayane",
      "https://tiwizi.ma/fr",
      "https://tiwizi.ma/ar",
      "https://tiwizi.ma/en",
    ])
    expect(entries[1]).toEqual({
      url: "https://tiwizi.ma/ar/products/zayane",
      lastModified: "2026-11-01T10:00:00.000Z",
      alternates: {
        languages: {
          fr: "https://tiwizi.ma/fr/products/zayane",
          ar: "https://tiwizi.ma/ar/products/zayane",
          en: "https://tiwizi.ma/en/products/zayane",
          "x-default": "https://tiwizi.ma/fr/products/zayane",
        },
      },
    })
    expect(entries[3]).not.toHaveProperty("lastModified")
  })
})
