import "server-only"
import type { HttpTypes } from "@medusajs/types"
import type { Locale } from "@tiwizi/locale"
import { cache } from "react"
import { cachedRead, tags } from "./sdk"

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

/**
 * One product by its handle, with everything its page shows: images, translated texts, facts,
 * variants with their stock and their price in the region's currency. `null` when no published
 * product has this handle. Cached 5 minutes, tag `products`; deduplicated within a request
 * (metadata and page share one call).
 */
export const getProductByHandle = cache(
  async (handle: string, locale: Locale, regionId: string): Promise<HttpTypes.StoreProduct | null> => {
    const { products } = await cachedRead<HttpTypes.StoreProductListResponse>("/store/products", {
      query: { fields: pageFields, handle, region_id: regionId, limit: 1 },
      locale,
      tags: [tags.products],
      revalidate,
    })
    return products[0] ?? null
  },
)

/** The lines of a cart need only these, translated: the cart stores its lines' texts once. */
export type ProductLabel = Pick<HttpTypes.StoreProduct, "id" | "handle" | "title">

/**
 * Translated titles and handles of the given products (for cart lines, whose stored titles are
 * in the language of the moment they were added). Cached 5 minutes, tag `products`.
 */
export async function listProductLabels(ids: string[], locale: Locale): Promise<ProductLabel[]> {
  if (ids.length === 0) return []
  const { products } = await cachedRead<HttpTypes.StoreProductListResponse>("/store/products", {
    query: { fields: "id,handle,title", id: [...ids].sort(), limit: ids.length },
    locale,
    tags: [tags.products],
    revalidate,
  })
  return products.map(({ id, handle, title }) => ({ id, handle, title }))
}
