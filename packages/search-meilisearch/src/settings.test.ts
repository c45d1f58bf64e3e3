import { MedusaError } from "@medusajs/framework/utils"
import { synonymMap } from "@tiwizi/search-text"
import { describe, expect, it } from "vitest"
import { productIndex } from "./product-index.fixture"
import { compileSettings, RANKING_RULES } from "./settings"

const limits = { maxTotalHits: 100_000, maxValuesPerFacet: 1_000 }

function withSettings(settings: typeof productIndex.settings, fields = productIndex.fields) {
  return { ...productIndex, settings, fields }
}

function rejection(run: () => unknown): { type?: string; message?: string } {
  try {
    run()
  } catch (error) {
    return { type: (error as MedusaError).type, message: (error as Error).message }
  }
  return {}
}

describe("compileSettings", () => {
  it("compiles the product definition into complete Meilisearch settings", () => {
    expect(compileSettings(productIndex, limits)).toEqual({
      searchableAttributes: [
        "search_title_fr",
        "search_title_ar",
        "search_title_en",
        "search_terms",
        "search_text_fr",
        "search_text_ar",
        "search_text_en",
      ],
      filterableAttributes: [
        "id",
        "handle",
        "category_handles",
        "materials",
        "cooperative.handle",
        "cooperative.province",
        "women_led",
        "in_stock",
        "price_mad",
        "created_at",
      ],
      sortableAttributes: ["price_mad", "created_at"],
      displayedAttributes: [
        "id",
        "handle",
        "search_title_fr",
        "search_title_ar",
        "search_title_en",
        "category_handles",
        "materials",
        "cooperative.handle",
        "cooperative.province",
        "women_led",
        "in_stock",
        "price_mad",
        "created_at",
      ],
      rankingRules: ["sort", "words", "typo", "proximity", "attribute", "exactness"],
      synonyms: synonymMap(),
      stopWords: [],
      typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 }, disableOnAttributes: [] },
      distinctAttribute: null,
      localizedAttributes: [
        { attributePatterns: ["search_title_ar", "search_text_ar"], locales: ["ara"] },
        { attributePatterns: ["search_title_fr", "search_text_fr"], locales: ["fra"] },
        { attributePatterns: ["search_title_en", "search_text_en"], locales: ["eng"] },
      ],
      pagination: { maxTotalHits: 100_000 },
      faceting: { maxValuesPerFacet: 1_000, sortFacetValuesBy: { "*": "count" } },
    })
  })

  it("puts sort first so a requested order is strict", () => {
    expect(RANKING_RULES[0]).toBe("sort")
  })

  it("uses the shop's synonym list in normal form, Arabic included", () => {
    const { synonyms } = compileSettings(productIndex, limits)
    expect(synonyms?.rug).toContain("tapis")
    expect(synonyms?.tapis).toContain("زربيه")
    expect(synonyms?.["زربيه"]).toContain("rug")
    expect(synonyms?.khnifra).toEqual(["khenifra", "خنيفره"])
  })

  it("applies the definition's typo tolerance and distinct attribute", () => {
    const settings = compileSettings(
      withSettings({
        typo_tolerance: { enabled: false, min_word_size_for_one_typo: 4, min_word_size_for_two_typos: 8, disabled_on_attributes: ["handle"] },
        distinct_attribute: "handle",
      }),
      limits,
    )
    expect(settings.typoTolerance).toEqual({ enabled: false, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 }, disableOnAttributes: ["handle"] })
    expect(settings.distinctAttribute).toBe("handle")
  })

  it("lets settings.provider_options.meilisearch override compiled settings", () => {
    const settings = compileSettings(withSettings({ provider_options: { meilisearch: { searchCutoffMs: 150 } } }), limits)
    expect(settings.searchCutoffMs).toBe(150)
  })

  it("refuses vector and geo fields", () => {
    expect(rejection(() => compileSettings(withSettings({}, { ...productIndex.fields, embedding: { type: "vector", dimensions: 3 } }), limits))).toEqual({
      type: MedusaError.Types.NOT_ALLOWED,
      message: 'The Meilisearch provider does not support vector fields ("embedding" on index "product"): it configures no embedder',
    })
    expect(rejection(() => compileSettings(withSettings({}, { ...productIndex.fields, location: { type: "geo" } }), limits)).type).toBe(
      MedusaError.Types.NOT_ALLOWED,
    )
  })

  it("refuses typo settings that do not add up and unknown attributes", () => {
    expect(rejection(() => compileSettings(withSettings({ typo_tolerance: { min_word_size_for_one_typo: 6, min_word_size_for_two_typos: 5 } }), limits))).toEqual({
      type: MedusaError.Types.INVALID_DATA,
      message: 'settings.typo_tolerance.min_word_size_for_two_typos (5) cannot be lower than min_word_size_for_one_typo (6) on index "product"',
    })
    expect(rejection(() => compileSettings(withSettings({ typo_tolerance: { disabled_on_attributes: ["sku"] } }), limits)).message).toBe(
      'settings.typo_tolerance.disabled_on_attributes names "sku", which is not a field of index "product"',
    )
    expect(rejection(() => compileSettings(withSettings({ distinct_attribute: "sku" }), limits)).message).toBe(
      'settings.distinct_attribute names "sku", which is not a field of index "product"',
    )
  })
})
