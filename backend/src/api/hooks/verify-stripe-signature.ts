import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import Stripe from "stripe"

/**
 * Refuses a Stripe webhook whose `stripe-signature` does not match its raw body under
 * `STRIPE_WEBHOOK_SECRET`, with a 400 that tells Stripe (and anyone probing) it was not taken.
 *
 * Medusa's `POST /hooks/payment/:provider` answers 200 to anything and checks the signature
 * only later, in the subscriber that processes the queued event: a forged or corrupted call
 * would look delivered. Checking here, with the Stripe SDK's own verification (signature and
 * timestamp tolerance), rejects it before it is queued. Without a secret nothing can be
 * verified, so nothing is accepted.
 */
export function verifyStripeSignature(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const secret = process.env.STRIPE_WEBHOOK_SECRET
  const signature = req.headers["stripe-signature"]
  if (!secret || typeof signature !== "string" || !req.rawBody) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Missing Stripe webhook signature")
  }
  try {
    Stripe.webhooks.constructEvent(req.rawBody, signature, secret)
  } catch {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Invalid Stripe webhook signature")
  }
  next()
}
