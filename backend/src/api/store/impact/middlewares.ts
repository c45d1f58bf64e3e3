import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreGetImpactParams } from "./validators"

/** Query validation for the shop's impact figures. */
export const storeImpactMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/impact",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(StoreGetImpactParams, { defaults: [], isList: false })],
  },
]
