import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { listCooperativesQueryConfig, retrieveCooperativeQueryConfig } from "./query-config"
import { StoreGetCooperativeParams, StoreListCooperativesParams } from "./validators"

/** Query validation for the store's cooperative routes. */
export const storeCooperativeMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/cooperatives",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(StoreListCooperativesParams, listCooperativesQueryConfig)],
  },
  {
    matcher: "/store/cooperatives/:handle",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(StoreGetCooperativeParams, retrieveCooperativeQueryConfig)],
  },
]
