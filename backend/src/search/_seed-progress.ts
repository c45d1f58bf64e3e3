import { EventEmitter } from "node:events"
import type { SearchTypes } from "@medusajs/framework/types"

type Seed = (context: SearchTypes.SearchSeedContext) => AsyncIterable<SearchTypes.SearchMutation[]>

/**
 * Batches written by index seeds in this process, for `npm run search:reindex` to draw its
 * progress bar: `"batch"` carries the number of rows the batch covered.
 */
export const seedProgress = new EventEmitter()

function rowsOf(mutation: SearchTypes.SearchMutation): number {
  if (mutation.action === "upsert") return mutation.documents.length
  const ids = mutation.filters.id
  return Array.isArray(ids) ? ids.length : 1
}

/** Wraps a seed so each batch it yields is reported on `seedProgress`. */
export function reportSeedProgress(seed: Seed): Seed {
  return async function* (context) {
    for await (const mutations of seed(context)) {
      const rows = mutations.reduce((sum, mutation) => sum + rowsOf(mutation), 0)
      yield mutations
      seedProgress.emit("batch", rows)
    }
  }
}
