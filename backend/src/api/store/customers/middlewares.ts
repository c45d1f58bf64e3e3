import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import { checkCustomerAddress } from "./check-customer-address"

/**
 * Additions to Medusa's customer address routes, matched by regular expression so they run
 * before Medusa's own validator (see the cart middlewares); the address id is the capture group.
 */
export const storeCustomerMiddlewares: MiddlewareRoute[] = [
  { matcher: /^\/store\/customers\/me\/addresses(?:\/([^/]+))?\/?$/, methods: ["POST"], middlewares: [checkCustomerAddress] },
  // Medusa authenticates its own `/store/customers/me` routes; ours says so itself.
  { matcher: "/store/customers/me/orders/:id/parcels", methods: ["GET"], middlewares: [authenticate("customer", ["session", "bearer"])] },
]
