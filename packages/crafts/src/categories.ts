import type { Translated } from "@tiwizi/locale"
import { categoryDefinitions } from "./category-definitions"
import { guardFor } from "./code-list"

/**
 * Category handles, parents before their children. Handles are French slugs and stay stable:
 * URLs, search filters and the seed all key on them, so rename a label, never a handle.
 */
export const categoryHandles = [
  "tapis",
  "tapis-zayane",
  "hanbel",
  "boucherouite",
  "tapis-beni-mellal",
  "tapis-rbati",
  "poterie",
  "vannerie",
  "textiles",
  "cuir",
  "terroir",
  "argan",
  "miel",
  "couscous",
  "safran",
] as const

export type CategoryHandle = (typeof categoryHandles)[number]

export type Category = {
  handle: CategoryHandle
  parent: CategoryHandle | null
  label: Translated
  /** One sentence, shown under the category title and used as its meta description. */
  description: Translated
}

/** The whole tree as a flat list in display order; `parent` links a child to its parent. */
export const categories: readonly Category[] = categoryHandles.map((handle) => ({
  handle,
  ...categoryDefinitions[handle],
}))

export const isCategoryHandle = guardFor(categoryHandles)

/** The category with this handle; throws for an unknown handle, which is a programming error. */
export function categoryOf(handle: CategoryHandle): Category {
  const category = categories.find((candidate) => candidate.handle === handle)
  if (!category) throw new RangeError(`unknown category: ${handle}`)
  return category
}

/** The direct children of a category, in display order (empty for a leaf). */
export function childrenOf(handle: CategoryHandle): Category[] {
  return categories.filter((category) => category.parent === handle)
}

/** Top-level categories, in display order. */
export function topLevelCategories(): Category[] {
  return categories.filter((category) => category.parent === null)
}

/** Whether products may be filed under this category: only leaves carry products. */
export function isLeafCategory(handle: CategoryHandle): boolean {
  return childrenOf(handle).length === 0
}

/** The top-level ancestor of a category (itself for a top-level one). */
export function rootOf(handle: CategoryHandle): CategoryHandle {
  const parent = categoryOf(handle).parent
  return parent === null ? handle : rootOf(parent)
}

/** Leaf handles, the only ones a product may name. */
export const leafCategoryHandles: readonly CategoryHandle[] = categoryHandles.filter(isLeafCategory)

/** Whether a category handle is one of the five carpet families. */
export function isCarpetCategory(handle: string): boolean {
  return isCategoryHandle(handle) && handle !== "tapis" && rootOf(handle) === "tapis"
}
