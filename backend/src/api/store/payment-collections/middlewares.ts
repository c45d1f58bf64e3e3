import type { MiddlewareRoute } from "@medusajs/framework/http"
import { refuseAuctionCash } from "./refuse-auction-cash"

/** Additions to Medusa's store payment collection routes. */
export const storePaymentCollectionMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/payment-collections/:id/payment-sessions", methods: ["POST"], middlewares: [refuseAuctionCash] },
]
