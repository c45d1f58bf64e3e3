/**
 * The provider against a real Meilisearch server: `npm run test:contract` with MEILISEARCH_HOST
 * (and MEILISEARCH_API_KEY when the server wants one). It builds a throwaway index through the
 * provider, fills it with ten products whose text is normalised as the shop indexes it, checks
 * matching, filters, sorting and facets, then deletes its way back to nothing.
 */
import { MedusaError } from "@medusajs/framework/utils"
import type { SearchTypes } from "@medusajs/framework/types"
import { normalizeText } from "@tiwizi/search-text"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { productIndex } from "./product-index.fixture"
import { MeilisearchSearchService } from "./service"

const host = process.env.MEILISEARCH_HOST
if (!host) {
  throw new Error(
    "The Meilisearch contract suite needs a Meilisearch server: set MEILISEARCH_HOST (and MEILISEARCH_API_KEY if the server requires one), " +
      "e.g. MEILISEARCH_HOST=http://127.0.0.1:7700 MEILISEARCH_API_KEY=... npm run test:contract -w @tiwizi/search-meilisearch",
  )
}

const provider = new MeilisearchSearchService({}, { host, apiKey: process.env.MEILISEARCH_API_KEY })
const physical = `tiwizi_contract_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`
const index: SearchTypes.ResolvedSearchIndexDefinition = { ...productIndex, physical_name: physical }

type Product = {
  id: string
  fr: string
  ar?: string
  en?: string
  text?: string
  categories: string[]
  materials?: string[]
  cooperative?: { handle: string; province: string }
  women_led: boolean
  in_stock: boolean
  price: number
  created: string
}

const products: Product[] = [
  { id: "prod_zayane", fr: "Tapis Zayane de Khénifra", ar: "زربية زيانية", en: "Zayane weave from Khenifra", text: "Tissé main en laine naturelle par les femmes d'Aghbalou", categories: ["tapis"], materials: ["laine"], cooperative: { handle: "tifawin", province: "khenifra" }, women_led: true, in_stock: true, price: 4200, created: "2024-01-10T00:00:00.000Z" },
  { id: "prod_hanbel", fr: "Hanbel tissage plat de M'rirt", en: "Flat-woven kilim from M'rirt", categories: ["tapis", "hanbel"], materials: ["laine", "coton"], cooperative: { handle: "amghar", province: "khenifra" }, women_led: false, in_stock: true, price: 1800, created: "2024-03-05T00:00:00.000Z" },
  { id: "prod_boucherouite", fr: "Tapis boucherouite coloré", categories: ["tapis"], materials: ["coton"], women_led: true, in_stock: false, price: 950, created: "2023-11-20T00:00:00.000Z" },
  { id: "prod_coussin", fr: "Coussin en cuir brodé", ar: "وسادة جلدية", categories: ["coussins"], materials: ["cuir"], women_led: true, in_stock: true, price: 350, created: "2024-05-01T00:00:00.000Z" },
  { id: "prod_poterie", fr: "Plat en poterie émaillée", categories: ["poterie"], materials: ["argile"], women_led: false, in_stock: true, price: 600, created: "2024-02-14T00:00:00.000Z" },
  { id: "prod_argan", fr: "Huile d'argan bio", categories: ["terroir"], materials: [], women_led: true, in_stock: true, price: 180, created: "2024-06-01T00:00:00.000Z" },
  { id: "prod_miel", fr: "Miel de thym", categories: ["terroir"], women_led: false, in_stock: false, price: 250, created: "2023-09-09T00:00:00.000Z" },
  { id: "prod_amazigh", fr: "Tapis amazigh", ar: "زربية أمازيغية من خنيفرة", categories: ["tapis"], materials: ["laine"], women_led: true, in_stock: true, price: 7800, created: "2024-04-04T00:00:00.000Z" },
  { id: "prod_panier", fr: "Panier en doum", categories: ["vannerie"], materials: ["doum"], women_led: true, in_stock: true, price: 220, created: "2024-02-01T00:00:00.000Z" },
  { id: "prod_handira", fr: "Couverture handira en laine", categories: ["textiles"], materials: ["laine"], women_led: true, in_stock: true, price: 2600, created: "2023-12-12T00:00:00.000Z" },
]

function toDocument(product: Product): SearchTypes.SearchDocument {
  return {
    id: product.id,
    handle: product.id.replace("prod_", ""),
    search_title_fr: normalizeText(product.fr),
    search_title_ar: normalizeText(product.ar ?? ""),
    search_title_en: normalizeText(product.en ?? ""),
    search_text_fr: normalizeText(product.text ?? ""),
    category_handles: product.categories,
    ...(product.materials ? { materials: product.materials } : {}),
    ...(product.cooperative ? { cooperative: product.cooperative } : {}),
    women_led: product.women_led,
    in_stock: product.in_stock,
    price_mad: product.price,
    created_at: product.created,
  }
}

async function settled(task: Promise<SearchTypes.SearchTask>) {
  const done = await provider.waitForTask(await task)
  expect(done.status, done.error?.message).toBe("succeeded")
}

function search(input: Partial<SearchTypes.ProviderSearchQuery> = {}) {
  return provider.search({ index, attributes_to_retrieve: ["id", "search_title_fr", "price_mad", "created_at"], pagination: { skip: 0, take: 20 }, ...input })
}

async function ids(input: Partial<SearchTypes.ProviderSearchQuery>) {
  return (await search(input)).hits.map((hit) => hit.id).sort()
}

const byPrice = [...products].sort((a, b) => a.price - b.price).map(({ id }) => id)

beforeAll(async () => {
  expect((await provider.upsertIndex({ index })).status).toBe("succeeded")
  // Applying the same definition again is a no-op, as migrations expect.
  expect((await provider.upsertIndex({ index })).status).toBe("succeeded")
  await settled(provider.upsertDocuments({ index: physical, definition: index, documents: products.map(toDocument) }))
})

afterAll(async () => {
  await provider.deleteIndex({ index: physical }).then((task) => provider.waitForTask(task)).catch(() => undefined)
})

describe("matching", () => {
  it("finds an exact word", async () => {
    expect(await ids({ q: "boucherouite" })).toEqual(["prod_boucherouite"])
  })

  it("forgives a typo in a word of five letters or more", async () => {
    expect(await ids({ q: "khnifra" })).toContain("prod_zayane")
    expect(await ids({ q: "aghbalu" })).toEqual(["prod_zayane"])
  })

  it("finds through the shop's synonyms, English and Darija included", async () => {
    const carpets = ["prod_amazigh", "prod_boucherouite", "prod_zayane"]
    expect(await ids({ q: "rug" })).toEqual(carpets)
    expect(await ids({ q: "Zarbia" })).toEqual(carpets)
  })

  it("matches Arabic typed with diacritics and hamza", async () => {
    expect(await ids({ q: "زَرْبِيَّة أَمَازِيغِيَّة" })).toEqual(["prod_amazigh"])
  })

  it("reads the last word as a prefix only for match_strategy last", async () => {
    expect(await ids({ q: "tapi", search_options: { match_strategy: "all" } })).toEqual([])
    expect(await ids({ q: "tapi", search_options: { match_strategy: "last" } })).toEqual(["prod_amazigh", "prod_boucherouite", "prod_zayane"])
  })

  it("returns scores and highlights when asked", async () => {
    const result = await search({ q: "zayane", search_options: { include_score: true, highlight: { fields: ["search_title_fr"] } } })
    expect(result.hits.map((hit) => hit.id)).toEqual(["prod_zayane"])
    expect(result.hits[0].score).toBeGreaterThan(0)
    expect(result.hits[0].highlights).toEqual({ search_title_fr: ["tapis <mark>zayane</mark> de khenifra"] })
    expect(result.hits[0].document).toEqual({ id: "prod_zayane", search_title_fr: "tapis zayane de khenifra", price_mad: 4200, created_at: "2024-01-10T00:00:00.000Z" })
  })
})

describe("filters", () => {
  it("filters arrays by membership, booleans, price ranges, dates and nested fields", async () => {
    expect(await ids({ filters: { category_handles: { $in: ["poterie", "vannerie"] } } })).toEqual(["prod_panier", "prod_poterie"])
    expect(await ids({ filters: { women_led: false } })).toEqual(["prod_hanbel", "prod_miel", "prod_poterie"])
    expect(await ids({ filters: { price_mad: { $gte: 500, $lt: 2000 } } })).toEqual(["prod_boucherouite", "prod_hanbel", "prod_poterie"])
    expect(await ids({ filters: { created_at: { $lt: "2024-01-01T00:00:00.000Z" } } })).toEqual(["prod_boucherouite", "prod_handira", "prod_miel"])
    expect(await ids({ filters: { "cooperative.handle": "tifawin" } })).toEqual(["prod_zayane"])
  })

  it("treats missing and empty arrays as absent", async () => {
    expect(await ids({ filters: { materials: { $exists: false } } })).toEqual(["prod_argan", "prod_miel"])
  })

  it("combines a filter with text", async () => {
    expect(await ids({ q: "tapis", filters: { in_stock: true, $not: { materials: "coton" } } })).toEqual(["prod_amazigh", "prod_zayane"])
  })
})

describe("sorting and pagination", () => {
  it("sorts by price both ways", async () => {
    expect((await search({ pagination: { skip: 0, take: 20, order: { price_mad: "ASC" } } })).hits.map((hit) => hit.id)).toEqual(byPrice)
    expect((await search({ pagination: { skip: 0, take: 20, order: { price_mad: "DESC" } } })).hits.map((hit) => hit.id)).toEqual([...byPrice].reverse())
  })

  it("sorts strictly even with text, relevance only breaking ties", async () => {
    const result = await search({ q: "tapis", pagination: { skip: 0, take: 20, order: { price_mad: "ASC" } } })
    expect(result.hits.map((hit) => hit.id)).toEqual(["prod_boucherouite", "prod_zayane", "prod_amazigh"])
  })

  it("pages with skip and take and counts exactly, aligned or not", async () => {
    const page = await search({ pagination: { skip: 3, take: 3, order: { price_mad: "ASC" } }, search_options: { count: "exact" } })
    expect(page.hits.map((hit) => hit.id)).toEqual(byPrice.slice(3, 6))
    expect(page.metadata).toMatchObject({ skip: 3, take: 3, count: 10 })
    const shifted = await search({ pagination: { skip: 1, take: 3, order: { price_mad: "ASC" } }, search_options: { count: "exact" } })
    expect(shifted.hits.map((hit) => hit.id)).toEqual(byPrice.slice(1, 4))
    expect(shifted.metadata.count).toBe(10)
  })
})

describe("facets", () => {
  it("counts values, ranges and stats exactly", async () => {
    const result = await search({
      pagination: { skip: 0, take: 5 },
      search_options: {
        count: "exact",
        facets: [
          "materials",
          "women_led",
          { field: "price_mad", type: "range", ranges: [{ key: "under 500", to: 500 }, { key: "500-2000", from: 500, to: 2000 }, { key: "2000+", from: 2000 }] },
          { field: "price_mad", type: "stats" },
        ],
      },
    })
    expect(result.metadata.count).toBe(10)
    expect(result.facets).toEqual({
      materials: {
        type: "value",
        values: [
          { value: "laine", count: 4 },
          { value: "coton", count: 2 },
          { value: "argile", count: 1 },
          { value: "cuir", count: 1 },
          { value: "doum", count: 1 },
        ],
      },
      women_led: { type: "value", values: [{ value: "true", count: 7 }, { value: "false", count: 3 }] },
      price_mad: { type: "stats", min: 180, max: 7800, count: 10 },
    })
    const ranges = await search({ search_options: { facets: [{ field: "price_mad", type: "range", ranges: [{ key: "under 500", to: 500 }, { key: "500-2000", from: 500, to: 2000 }, { key: "2000+", from: 2000 }] }] } })
    expect(ranges.facets?.price_mad).toEqual({
      type: "range",
      ranges: [
        { key: "under 500", to: 500, count: 4 },
        { key: "500-2000", from: 500, to: 2000, count: 3 },
        { key: "2000+", from: 2000, count: 3 },
      ],
    })
  })

  it("counts within the filter and the text", async () => {
    const result = await search({ q: "tapis", filters: { in_stock: true }, search_options: { facets: ["materials"] } })
    expect(result.facets?.materials).toEqual({ type: "value", values: [{ value: "laine", count: 2 }] })
  })
})

describe("writes", () => {
  it("lists the index with its document count", async () => {
    expect((await provider.listIndexes()).find((info) => info.name === physical)).toMatchObject({ provider: "meilisearch", document_count: 10 })
  })

  it("deletes by id and by filter, dates included", async () => {
    await settled(provider.deleteDocuments({ index: physical, filters: { id: ["prod_miel"] } }))
    await settled(provider.deleteDocuments({ index: physical, filters: { category_handles: "terroir" } }))
    await settled(provider.deleteDocuments({ index: physical, filters: { created_at: { $lt: "2023-12-01T00:00:00.000Z" } } }))
    expect(await ids({})).toEqual(byPrice.filter((id) => !["prod_miel", "prod_argan", "prod_boucherouite"].includes(id)).sort())
  })

  it("empties the index and then deletes it", async () => {
    await settled(provider.clearIndex({ index: physical }))
    expect((await search({ search_options: { count: "exact" } })).metadata.count).toBe(0)
    await settled(provider.deleteIndex({ index: physical }))
    expect((await provider.listIndexes()).some((info) => info.name === physical)).toBe(false)
    await expect(search()).rejects.toMatchObject({ type: MedusaError.Types.NOT_FOUND })
    expect((await provider.deleteIndex({ index: physical })).status).toBe("succeeded")
  })
})
