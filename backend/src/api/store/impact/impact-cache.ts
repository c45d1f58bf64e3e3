/**
 * Seconds the figures are served from the cache module (in memory, or Redis when configured)
 * and by HTTP caches: a sale shows on the home page within a minute, and a busy home page costs
 * the database one computation a minute.
 */
export const IMPACT_TTL_SECONDS = 60

/** The cache key of the figures seen through one set of sales channels. */
export function impactCacheKey(salesChannelIds: string[]): string {
  return `store-impact:${[...salesChannelIds].sort().join(",")}`
}
