import type { MiddlewareRoute } from "@medusajs/framework/http"
import { storeCartMiddlewares } from "./carts/middlewares"
import { storeCooperativeMiddlewares } from "./cooperatives/middlewares"
import { storeCustomerMiddlewares } from "./customers/middlewares"
import { storeImpactMiddlewares } from "./impact/middlewares"
import { storeProductMiddlewares } from "./products/middlewares"
import { storeSearchMiddlewares } from "./search/middlewares"

/** The store API's own routes and its additions to Medusa's store routes. */
export const storeMiddlewares: MiddlewareRoute[] = [
  ...storeCartMiddlewares,
  ...storeCooperativeMiddlewares,
  ...storeCustomerMiddlewares,
  ...storeImpactMiddlewares,
  ...storeProductMiddlewares,
  ...storeSearchMiddlewares,
]
