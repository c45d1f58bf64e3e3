import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * Builds the search indexes that have not been filled yet, so the seed's own events (products
 * created, priced, stocked) reach an index with an active version instead of failing.
 */
export async function prepareSearchIndexes(container: MedusaContainer): Promise<void> {
  const search = container.resolve(Modules.SEARCH)
  const pending = (await search.listIndexes()).filter((index) => index.status !== "ready").map((index) => index.name)
  if (pending.length) await search.reindex({ index: pending })
}

/**
 * Rebuilds every search index from what the seed wrote. Events alone cannot be relied on here:
 * links (a product's cooperative) emit none, and the seed's last events may still be queued
 * when it returns. A swap rebuild of the demo catalogue takes a second or two.
 */
export async function rebuildSearchIndexes(container: MedusaContainer): Promise<void> {
  await container.resolve(Modules.SEARCH).reindex()
}
