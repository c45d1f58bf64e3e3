import type { PaymentIntent, Stripe, StripeError } from "@stripe/stripe-js"
import { loadStripe } from "@stripe/stripe-js/pure"

/**
 * Whether the shop takes cards: Stripe's publishable key is set (`NEXT_PUBLIC_STRIPE_KEY`,
 * inlined at build time). Without it the card form cannot load, so cards are not offered.
 */
export function isStripeConfigured(): boolean {
  return !!process.env.NEXT_PUBLIC_STRIPE_KEY
}

let stripeJs: Promise<Stripe | null> | undefined

/**
 * Stripe.js, loaded on first call and shared afterwards. The `pure` entry injects Stripe's
 * script only when called (the plain entry injects it on import, on every page that bundles
 * it), so only the payment step downloads it. Resolves to null without a key, on the server
 * (which renders the form's frame only), and when the script cannot be loaded (offline, blocked);
 * a later call tries again.
 */
export function getStripe(): Promise<Stripe | null> {
  const key = process.env.NEXT_PUBLIC_STRIPE_KEY
  if (!key || typeof window === "undefined") return Promise.resolve(null)
  stripeJs ??= loadStripe(key).catch(() => {
    stripeJs = undefined
    return null
  })
  return stripeJs
}

/**
 * What can stop a card payment, for the message shown next to the form (labels `errors.<code>`):
 * `incomplete` the form is not filled in, `declined` the bank refused, `expired` the card is,
 * `cvc` its security code is wrong, `authentication` 3-D Secure failed or was abandoned,
 * `unreachable` Stripe could not be reached, `unavailable` the form could not load, `order` the
 * payment went through but the order could not be placed, `unknown` anything else.
 */
export const stripePaymentErrorCodes = ["incomplete", "declined", "expired", "cvc", "authentication", "unreachable", "unavailable", "order", "unknown"] as const
export type StripePaymentErrorCode = (typeof stripePaymentErrorCodes)[number]

const cardCodes: Record<string, StripePaymentErrorCode> = {
  expired_card: "expired",
  incorrect_cvc: "cvc",
  invalid_cvc: "cvc",
  payment_intent_authentication_failure: "authentication",
  authentication_required: "authentication",
}

/**
 * Classifies an error of `stripe.confirmPayment`. Stripe's own message is not shown: it is
 * English for some errors whatever the form's locale, and its wording is not ours.
 */
export function stripePaymentErrorCode(error: Pick<StripeError, "type" | "code">): StripePaymentErrorCode {
  const known = error.code ? cardCodes[error.code] : undefined
  if (known) return known
  if (error.type === "validation_error") return "incomplete"
  if (error.type === "card_error") return "declined"
  if (error.type === "api_connection_error") return "unreachable"
  return "unknown"
}

/**
 * Whether a confirmed PaymentIntent lets the order be placed: the amount is authorized (held
 * until staff capture it) or already charged. `processing` is left out: cards settle at once.
 */
export function isPaymentConfirmed(status: PaymentIntent.Status): boolean {
  return status === "requires_capture" || status === "succeeded"
}
