import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { seedProgress } from "../search/_seed-progress"
import { progressBar } from "./seed/progress"

/**
 * `npm run search:reindex`: rebuilds the product index from the catalogue into a new version,
 * which replaces the serving one only once complete (the Search Module's `swap` strategy), so
 * the shop keeps searching meanwhile. The bar counts documents written, batch by batch.
 */
export default async function searchReindex({ container }: ExecArgs): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const search = container.resolve(Modules.SEARCH)
  const { metadata } = await query.graph({ entity: "product", fields: ["id"], pagination: { skip: 0, take: 1 } })
  const total = metadata?.count ?? 0

  const started = Date.now()
  const bar = progressBar("products", total)
  let seen = 0
  const onBatch = (rows: number) => {
    seen += rows
    bar.tick(rows)
  }
  seedProgress.on("batch", onBatch)
  try {
    await search.reindex({ index: "product" })
    // Products left out of the index (drafts, suspended cooperatives) yield no document.
    bar.tick(Math.max(0, total - seen))
  } finally {
    seedProgress.off("batch", onBatch)
    bar.stop()
  }
  const [index] = (await search.listIndexes()).filter((entry) => entry.name === "product")
  logger.info(`Search index "product" rebuilt from ${total} products in ${((Date.now() - started) / 1000).toFixed(1)} s (${index?.status}).`)
}
