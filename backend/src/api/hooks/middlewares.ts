import type { MiddlewareRoute } from "@medusajs/framework/http"
import { verifyStripeSignature } from "./verify-stripe-signature"

/**
 * Provider webhooks. Stripe's (`pp_stripe_stripe`) are verified against their raw body before
 * Medusa's own route queues them; the raw body is kept for that, as Medusa keeps it for the route.
 */
export const hooksMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/hooks/payment/stripe_stripe",
    bodyParser: { preserveRawBody: true },
    middlewares: [verifyStripeSignature],
  },
]
