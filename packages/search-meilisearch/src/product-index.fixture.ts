import type { SearchTypes } from "@medusajs/framework/types"

/**
 * A product index shaped like the shop's: titles and texts per language (titles weigh most),
 * synonym and provenance terms, facetable keyword arrays and flags, a price with range and stats
 * facets, a creation date, and the cooperative as a nested object.
 */
export const productIndex: SearchTypes.ResolvedSearchIndexDefinition = {
  name: "product",
  entity: "product",
  primary_key: "id",
  provider: "meilisearch",
  physical_name: "product_v1",
  definition_hash: "fixture",
  settings: {},
  fields: {
    id: { type: "keyword", filterable: true },
    handle: { type: "keyword", filterable: true },
    search_title_fr: { type: "text", searchable: { weight: 3 } },
    search_title_ar: { type: "text", searchable: { weight: 3 } },
    search_title_en: { type: "text", searchable: { weight: 3 } },
    search_text_fr: { type: "text", searchable: { weight: 1 }, retrievable: false },
    search_text_ar: { type: "text", searchable: { weight: 1 }, retrievable: false },
    search_text_en: { type: "text", searchable: { weight: 1 }, retrievable: false },
    search_terms: { type: "text", searchable: { weight: 2 }, retrievable: false },
    category_handles: { type: "keyword", array: true, filterable: true, facetable: true },
    materials: { type: "keyword", array: true, filterable: true, facetable: true },
    cooperative: {
      type: "object",
      fields: {
        handle: { type: "keyword", filterable: true, facetable: true },
        province: { type: "keyword", filterable: true },
      },
    },
    women_led: { type: "boolean", filterable: true, facetable: true },
    in_stock: { type: "boolean", filterable: true, facetable: true },
    price_mad: { type: "float", filterable: true, sortable: true, facetable: { types: ["range", "stats"] } },
    created_at: { type: "date", filterable: true, sortable: true },
  },
  seed: async function* () {},
}
