import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { ICacheService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { IMPACT_TTL_SECONDS, impactCacheKey } from "./impact-cache"
import { computeImpactFigures, type ImpactFigures } from "./impact-figures"

/**
 * `GET /store/impact`: cooperatives selling, the share of them run by women, carpets sold and
 * the share of each sale that goes to the cooperative, computed from the data and cached briefly.
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const channelIds = req.publishable_key_context.sales_channel_ids
  const cache = req.scope.resolve<ICacheService>(Modules.CACHE)
  const key = impactCacheKey(channelIds)
  let impact = await cache.get<ImpactFigures>(key)
  if (!impact) {
    impact = await computeImpactFigures(req.scope, channelIds)
    await cache.set(key, impact, IMPACT_TTL_SECONDS)
  }
  res.setHeader("Cache-Control", `public, max-age=${IMPACT_TTL_SECONDS}`)
  res.json({ impact })
}
