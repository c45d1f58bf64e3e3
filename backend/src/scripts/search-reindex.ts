import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { seedProgress } from "../search/_seed-progress"
import { progressBar } from "./seed/progress"

/**
 * `npm run search:reindex`: rebuilds the product index from the catalogue into a new version,
 * which replaces the serving one only once complete (the Search Module's `swap` strategy), so
 * the shop keeps searching meanwhile. The bar counts products read.
 */
export default async function searchReindex({ container }: ExecArgs): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const search = container.resolve(Modules.SEARCH)
  const { metadata } = await query.graph({ entity: "product", fields: ["id"], pagination: { skip: 0, take: 1 } })
  const total = metadata?.count ?? 0

  const started = Date.now()
  const bar = progressBar("products", total)
  const onBatch = (rows: number) => bar.tick(rows)
  seedProgress.on("batch", onBatch)
  try {
    await search.reindex({ index: "product" })
  } finally {
    seedProgress.off("batch", onBatch)
    bar.stop()
  }
  const [index] = (await search.listIndexes()).filter((entry) => entry.name === "product")
  logger.info(`Search index "product" rebuilt from ${total} products in ${((Date.now() - started) / 1000).toFixed(1)} s (${index?.status}).`)
}
