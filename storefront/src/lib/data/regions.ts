import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { cache } from "react"
import { pickRegion, type RegionSummary } from "../region"
import { getChosenCurrency } from "./cookies"
import { cachedRead, tags } from "./sdk"

const fields = "id,name,currency_code"

/**
 * Lists the shop's regions (id, name, currency). Served from Next's data cache for an hour
 * (tag `regions`): regions change when staff add a market, not per visit.
 */
export const listRegions = cache(async (): Promise<RegionSummary[]> => {
  const { regions } = await cachedRead<HttpTypes.StoreRegionListResponse>("/store/regions", {
    query: { fields, limit: 50 },
    tags: [tags.regions],
    revalidate: 3600,
  })
  return regions.map(({ id, name, currency_code }) => ({ id, name: name ?? "", currency_code }))
})

/**
 * The visitor's region: the one whose currency they chose in the header (cookie), else the
 * Moroccan one. Throws when the backend has no region at all, which means it was never seeded.
 */
export const getCurrentRegion = cache(async (): Promise<RegionSummary> => {
  const [regions, chosen] = await Promise.all([listRegions(), getChosenCurrency()])
  const region = pickRegion(regions, chosen)
  if (!region) {
    throw new Error("The backend has no region. Run `npm run seed` from the repository root.")
  }
  return region
})
