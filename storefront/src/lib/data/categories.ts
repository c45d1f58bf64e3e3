import "server-only"
import type { HttpTypes } from "@medusajs/types"
import type { Locale } from "@tiwizi/locale"
import { cache } from "react"
import { cachedRead, tags } from "./sdk"

/** Categories change with curation, not per visit. */
const revalidate = 3600

// The shop's tree is two levels deep today; ids three levels down keep a deeper one listed.
const subtreeFields = [
  "id,handle,name,description",
  "category_children.id,category_children.handle,category_children.name,category_children.rank",
  "category_children.category_children.id,category_children.category_children.category_children.id",
].join(",")

export type CategorySummary = { id: string; handle: string; name: string }
export type CategoryPage = CategorySummary & {
  description: string | null
  /** This category's id and all its descendants' ids: its listing shows all their products. */
  productCategoryIds: string[]
  children: CategorySummary[]
}

const summary = (c: HttpTypes.StoreProductCategory): CategorySummary => ({ id: c.id, handle: c.handle, name: c.name })

function descendantIds(category: HttpTypes.StoreProductCategory): string[] {
  return [category.id, ...(category.category_children ?? []).flatMap(descendantIds)]
}

/**
 * The top-level categories with their translated names, in the curated order (`rank`).
 * Cached an hour, tag `categories`; deduplicated within a request (header and home page).
 */
export const listTopCategories = cache(async (locale: Locale): Promise<CategorySummary[]> => {
  const { product_categories } = await cachedRead<HttpTypes.StoreProductCategoryListResponse>(
    "/store/product-categories",
    {
      query: { fields: "id,handle,name,rank", parent_category_id: "null", limit: 50, order: "rank" },
      locale,
      tags: [tags.categories],
      revalidate,
    },
  )
  return product_categories.map(summary)
})

/**
 * A category by its (French) handle, with its translated name and description, its direct
 * children and the ids of its whole subtree. `null` when no category has this handle.
 * Cached an hour, tag `categories`.
 */
export const getCategoryByHandle = cache(async (handle: string, locale: Locale): Promise<CategoryPage | null> => {
  const { product_categories } = await cachedRead<HttpTypes.StoreProductCategoryListResponse>(
    "/store/product-categories",
    {
      query: {
        fields: subtreeFields,
        handle,
        include_descendants_tree: true,
        limit: 1,
      },
      locale,
      tags: [tags.categories],
      revalidate,
    },
  )
  const category = product_categories[0]
  if (!category) return null
  return {
    ...summary(category),
    description: category.description || null,
    productCategoryIds: descendantIds(category),
    children: [...(category.category_children ?? [])].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0)).map(summary),
  }
})

/**
 * Every category's handle, whatever its depth, for the sitemap. Cached an hour, tag `categories`.
 */
export async function listCategoryHandles(): Promise<string[]> {
  const { product_categories } = await cachedRead<HttpTypes.StoreProductCategoryListResponse>("/store/product-categories", {
    query: { fields: "handle", limit: 500 },
    tags: [tags.categories],
    revalidate,
  })
  return product_categories.map((category) => category.handle)
}
