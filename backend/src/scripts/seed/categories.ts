import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createCollectionsWorkflow, createProductCategoriesWorkflow } from "@medusajs/medusa/core-flows"
import { categories } from "@tiwizi/crafts"
import { collections } from "./catalogue"
import type { TranslatedRecord } from "./translations"

/** Ids by handle, for the products to point at. */
export type Taxonomy = { categoryIds: Record<string, string>; collectionIds: Record<string, string> }

/**
 * The category tree from the shared crafts vocabulary and the staff's collections, with their
 * texts in every language. Parents are created before their children.
 */
export async function seedTaxonomy(container: MedusaContainer): Promise<Taxonomy & { translations: TranslatedRecord[] }> {
  const productModule = container.resolve(Modules.PRODUCT)
  const categoryIds: Record<string, string> = {}
  for (const category of await productModule.listProductCategories({ handle: categories.map((c) => c.handle) }, { select: ["id", "handle"] })) {
    categoryIds[category.handle] = category.id
  }
  // Walk the tree level by level: a child needs its parent's id.
  let pending = categories.filter((category) => !categoryIds[category.handle])
  while (pending.length) {
    const ready = pending.filter((category) => !category.parent || categoryIds[category.parent])
    if (!ready.length) throw new Error(`categories with unknown parents: ${pending.map((c) => c.handle).join(", ")}`)
    const { result } = await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: ready.map((category, rank) => ({
          name: category.label.fr,
          description: category.description.fr,
          handle: category.handle,
          parent_category_id: category.parent ? categoryIds[category.parent] : null,
          is_active: true,
          is_internal: false,
          rank,
        })),
      },
    })
    for (const created of result) categoryIds[created.handle] = created.id
    pending = pending.filter((category) => !categoryIds[category.handle])
  }

  const collectionIds: Record<string, string> = {}
  for (const collection of await productModule.listProductCollections({ handle: collections.map((c) => c.handle) }, { select: ["id", "handle"] })) {
    collectionIds[collection.handle] = collection.id
  }
  const newCollections = collections.filter((collection) => !collectionIds[collection.handle])
  if (newCollections.length) {
    const { result } = await createCollectionsWorkflow(container).run({
      input: {
        collections: newCollections.map((collection) => ({
          title: collection.title.fr,
          handle: collection.handle,
          // Collections have no description field; the storefront's collection page reads it here.
          metadata: { description: collection.description },
        })),
      },
    })
    for (const created of result) collectionIds[created.handle] = created.id
  }

  const translations: TranslatedRecord[] = [
    ...categories.map((category) => ({
      reference: "product_category",
      id: categoryIds[category.handle],
      texts: { name: category.label, description: category.description },
    })),
    ...collections.map((collection) => ({
      reference: "product_collection",
      id: collectionIds[collection.handle],
      texts: { title: collection.title },
    })),
  ]
  return { categoryIds, collectionIds, translations }
}
