import "server-only"
import type { HttpTypes } from "@medusajs/types"
import type { CurrencyCode, Locale } from "@tiwizi/locale"
import { cache } from "react"
import type { CardProduct } from "../cards"
import type { ProductCooperative, ProductProvenance } from "../product-origin"
import { cardFields as searchCardFields } from "../search-query"
import { searchCard } from "../search-results"
import { cachedRead, tags } from "./sdk"
import { searchProductsMany } from "./search"

/** What a product card shows: picture, title, and the cheapest variant's price. */
const cardFields = "id,handle,title,thumbnail,variants.id,*variants.calculated_price"

/** What the product page shows, and nothing more. */
const pageFields = [
  "id,handle,title,subtitle,description,thumbnail,material,origin_country,weight,width,length,height",
  "images.id,images.url",
  // Partial category fields come back empty (the store route filters categories on fields it then
  // lacks), so the relation is asked whole.
  "*categories",
  "options.id,options.title",
  "variants.id,variants.title,variants.manage_inventory,variants.allow_backorder,+variants.inventory_quantity",
  "variants.options.value,variants.options.option_id",
  "*variants.calculated_price",
  // Public fields only: the backend reads `*cooperative` as the cooperative's public fields and
  // withholds weaver names given without consent.
  "*cooperative",
  "*provenance",
].join(",")

/** Catalogue reads are cached for five minutes; staff edits show up within that window. */
const revalidate = 300

export type ProductList = { products: HttpTypes.StoreProduct[]; count: number }

export type ListProductsInput = {
  locale: Locale
  regionId: string
  limit: number
  offset?: number
  /** Products in any of these categories (pass a category and its descendants). */
  categoryIds?: string[]
  /** Products of this collection. */
  collectionId?: string
  /** Medusa sort expression, e.g. `-created_at` for the newest first. */
  order?: string
}

/**
 * Lists published products as cards (translated title, thumbnail, prices in the region's
 * currency), with the total count for pagination. Cached 5 minutes, tag `products`.
 */
export async function listProducts(input: ListProductsInput): Promise<ProductList> {
  const { products, count } = await cachedRead<HttpTypes.StoreProductListResponse>("/store/products", {
    query: {
      fields: cardFields,
      region_id: input.regionId,
      limit: input.limit,
      offset: input.offset ?? 0,
      order: input.order,
      category_id: input.categoryIds,
      collection_id: input.collectionId ? [input.collectionId] : undefined,
    },
    locale: input.locale,
    tags: [tags.products],
    revalidate,
  })
  return { products, count }
}

/** A product as its page shows it: Medusa's product with its cooperative and provenance. */
export type ProductPageData = HttpTypes.StoreProduct & {
  cooperative?: ProductCooperative | null
  provenance?: ProductProvenance | null
}

/**
 * One product by its handle, with everything its page shows: images, translated texts, facts,
 * variants with their stock and their price in the region's currency, its cooperative and its
 * provenance. `null` when no published product has this handle. Cached 5 minutes, tag
 * `products`; deduplicated within a request (metadata and page share one call).
 */
export const getProductByHandle = cache(
  async (handle: string, locale: Locale, regionId: string): Promise<ProductPageData | null> => {
    const { products } = await cachedRead<{ products: ProductPageData[] }>("/store/products", {
      query: { fields: pageFields, handle, region_id: regionId, limit: 1 },
      locale,
      tags: [tags.products],
      revalidate,
    })
    return products[0] ?? null
  },
)

/** A page of the sitemap's product walk: the store route's pages stay small to keep answers quick. */
const pathsPageSize = 200

/**
 * Every published product's handle and last change, for the sitemap. Cached an hour, tag
 * `products`: search engines read the sitemap daily at most.
 */
export async function listProductPaths(): Promise<{ handle: string; updated_at: string | null }[]> {
  const paths: { handle: string; updated_at: string | null }[] = []
  let count = 1
  while (paths.length < count) {
    const page = await cachedRead<HttpTypes.StoreProductListResponse>("/store/products", {
      query: { fields: "handle,updated_at", limit: pathsPageSize, offset: paths.length, order: "created_at" },
      tags: [tags.products],
      revalidate: 3600,
    })
    if (page.products.length === 0) break
    paths.push(...page.products.map(({ handle, updated_at }) => ({ handle, updated_at: updated_at ? String(updated_at) : null })))
    count = page.count
  }
  return paths
}

/**
 * Products to show under a product: others of its category first, then others of its
 * cooperative, without repeats, up to `limit`. Read from the search index (two queries in one
 * request), whose documents carry every language's title and every currency's price.
 */
export async function listRelatedProducts(
  product: Pick<ProductPageData, "id" | "categories" | "cooperative">,
  locale: Locale,
  currency: CurrencyCode,
  limit = 4,
): Promise<CardProduct[]> {
  const scopes = [
    ...(product.categories ?? []).slice(0, 1).map((category) => ({ category_handles: { $in: [category.handle] } })),
    ...(product.cooperative ? [{ cooperative_handle: { $in: [product.cooperative.handle] } }] : []),
  ]
  if (scopes.length === 0) return []
  const results = await searchProductsMany(
    scopes.map((filters) => ({
      entity: "product",
      fields: searchCardFields(locale, currency),
      filters,
      pagination: { skip: 0, take: limit + 1, order: { created_at: "DESC" } },
      search_options: { count: "none" },
    })),
  )
  const hits = results.flatMap((result) => result.hits).filter((hit) => hit.id !== product.id)
  return [...new Map(hits.map((hit) => [hit.id, hit])).values()].slice(0, limit).map((hit) => searchCard(hit, locale, currency))
}
