import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { NOT_CONFIGURED, runCheck } from "../../utils/readiness"
import { pingRedis } from "../../utils/readiness-redis"

/**
 * `GET /ready`: readiness of a server instance. 200 when PostgreSQL answers and, where Redis is
 * configured, Redis too; 503 naming what failed otherwise, so the load balancer stops sending
 * traffic to an instance that cannot serve it. Liveness stays Medusa's static `GET /health`: a
 * database outage must take instances out of rotation, not restart them all.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { redisUrl } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  const pg = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const [postgres, redis] = await Promise.all([
    runCheck(() => pg.raw("select 1")),
    redisUrl ? runCheck(() => pingRedis(redisUrl)) : NOT_CONFIGURED,
  ])
  const ready = postgres === "ok" && (redis === "ok" || redis === NOT_CONFIGURED)
  res.setHeader("Cache-Control", "no-store")
  res.status(ready ? 200 : 503).json({ status: ready ? "ready" : "unavailable", checks: { postgres, redis } })
}
