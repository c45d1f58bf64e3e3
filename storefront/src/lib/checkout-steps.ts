/** The checkout's steps, in order; the current one travels in the URL as `?step=`. */
export const checkoutSteps = ["address", "delivery", "payment", "review"] as const
export type CheckoutStep = (typeof checkoutSteps)[number]

/** What the steps need to know of a cart: which of them are already done. */
export type CheckoutProgress = {
  email?: string | null
  shipping_address?: { address_1?: string | null; country_code?: string | null } | null
  shipping_methods?: readonly unknown[] | null
  payment_collection?: { payment_sessions?: readonly { status?: string | null }[] | null } | null
}

/** Whether a value is a checkout step name. */
export function isCheckoutStep(value: unknown): value is CheckoutStep {
  return checkoutSteps.includes(value as CheckoutStep)
}

/** The furthest step a cart may be on: a step is open once every step before it is done. */
export function furthestStep(cart: CheckoutProgress): CheckoutStep {
  if (!cart.email || !cart.shipping_address?.address_1 || !cart.shipping_address.country_code) return "address"
  if (!cart.shipping_methods?.length) return "delivery"
  if (!cart.payment_collection?.payment_sessions?.some((session) => session.status !== "canceled")) return "payment"
  return "review"
}

/**
 * The step to show for a `?step=` value: the one asked for when the cart has reached it,
 * otherwise the furthest one it may be on (a bookmarked review step of an empty checkout starts
 * at the address; an unknown value too).
 */
export function resolveStep(requested: unknown, cart: CheckoutProgress): CheckoutStep {
  const furthest = furthestStep(cart)
  if (!isCheckoutStep(requested)) return furthest
  return checkoutSteps.indexOf(requested) <= checkoutSteps.indexOf(furthest) ? requested : furthest
}

/** The step after `step` (the review step is the last). */
export function nextStep(step: CheckoutStep): CheckoutStep {
  return checkoutSteps[Math.min(checkoutSteps.indexOf(step) + 1, checkoutSteps.length - 1)]
}
