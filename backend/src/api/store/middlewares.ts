import type { MiddlewareRoute } from "@medusajs/framework/http"
import { storeAuctionMiddlewares } from "./auctions/middlewares"
import { storeCartMiddlewares } from "./carts/middlewares"
import { storeCooperativeMiddlewares } from "./cooperatives/middlewares"
import { storeCustomerMiddlewares } from "./customers/middlewares"
import { storeEmailVerificationMiddlewares } from "./email-verifications/middlewares"
import { storeImpactMiddlewares } from "./impact/middlewares"
import { storePaymentCollectionMiddlewares } from "./payment-collections/middlewares"
import { storeProductMiddlewares } from "./products/middlewares"
import { storeSearchMiddlewares } from "./search/middlewares"

/** The store API's own routes and its additions to Medusa's store routes. */
export const storeMiddlewares: MiddlewareRoute[] = [
  ...storeAuctionMiddlewares,
  ...storeCartMiddlewares,
  ...storeCooperativeMiddlewares,
  ...storeCustomerMiddlewares,
  ...storeEmailVerificationMiddlewares,
  ...storeImpactMiddlewares,
  ...storePaymentCollectionMiddlewares,
  ...storeProductMiddlewares,
  ...storeSearchMiddlewares,
]
