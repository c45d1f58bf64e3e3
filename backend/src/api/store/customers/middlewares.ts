import { authenticate, type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { checkCustomerAddress } from "./check-customer-address"
import { StoreGetEmailVerificationParams, StoreSendEmailVerificationBody } from "./me/email-verification/validators"

/**
 * Additions to Medusa's customer address routes, matched by regular expression so they run
 * before Medusa's own validator (see the cart middlewares); the address id is the capture group.
 * Then our own `/store/customers/me/*` routes.
 */
export const storeCustomerMiddlewares: MiddlewareRoute[] = [
  { matcher: /^\/store\/customers\/me\/addresses(?:\/([^/]+))?\/?$/, methods: ["POST"], middlewares: [checkCustomerAddress] },
  // Medusa authenticates its own `/store/customers/me` routes; ours says so itself.
  { matcher: "/store/customers/me/orders/:id/parcels", methods: ["GET"], middlewares: [authenticate("customer", ["session", "bearer"])] },
  {
    matcher: "/store/customers/me/email-verification",
    methods: ["GET"],
    middlewares: [authenticate("customer", ["session", "bearer"]), validateAndTransformQuery(StoreGetEmailVerificationParams, { defaults: [], isList: false })],
  },
  {
    matcher: "/store/customers/me/email-verification",
    methods: ["POST"],
    middlewares: [authenticate("customer", ["session", "bearer"]), validateAndTransformBody(StoreSendEmailVerificationBody)],
  },
]
