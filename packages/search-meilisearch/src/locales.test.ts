import { describe, expect, it } from "vitest"
import { localizedAttributes, queryLocales } from "./locales"

describe("locales", () => {
  it("maps attribute suffixes to Meilisearch locales, one rule per language present", () => {
    expect(localizedAttributes(["title_fr", "handle", "text_ar", "title_ar"])).toEqual([
      { attributePatterns: ["text_ar", "title_ar"], locales: ["ara"] },
      { attributePatterns: ["title_fr"], locales: ["fra"] },
    ])
    expect(localizedAttributes(["handle"])).toEqual([])
  })

  it("maps query language hints to the same codes", () => {
    expect(queryLocales(["fr-MA", "AR", "en_GB", "eng", "de"])).toEqual(["fra", "ara", "eng", "eng", "de"])
  })
})
