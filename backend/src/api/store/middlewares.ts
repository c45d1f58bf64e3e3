import type { MiddlewareRoute } from "@medusajs/framework/http"
import { storeCooperativeMiddlewares } from "./cooperatives/middlewares"
import { storeProductMiddlewares } from "./products/middlewares"
import { storeSearchMiddlewares } from "./search/middlewares"

/** The store API's own routes and its additions to Medusa's store routes. */
export const storeMiddlewares: MiddlewareRoute[] = [
  ...storeCooperativeMiddlewares,
  ...storeProductMiddlewares,
  ...storeSearchMiddlewares,
]
