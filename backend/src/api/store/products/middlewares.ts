import type { MiddlewareRoute } from "@medusajs/framework/http"
import { allowCooperativeAndProvenance } from "./link-fields"
import { withholdWeaverNames } from "./withhold-weaver-names"

/**
 * Extends Medusa's own store product routes (list and detail) with the product's cooperative
 * and provenance. Global (no method): Medusa applies additions to `req.allowed` only from global
 * middlewares, which run before the routes' own query validation.
 */
export const storeProductMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/products", middlewares: [allowCooperativeAndProvenance, withholdWeaverNames] },
]
