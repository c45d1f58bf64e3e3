/** Cash on delivery: the customer pays the courier in cash at the door (Morocco). */
export const cashOnDelivery = "pp_cod_cod"
/** Cards through Stripe (regions abroad, when Stripe is configured). */
export const stripeCard = "pp_stripe_stripe"

/**
 * The payment methods the checkout offers, in the order it shows them: those of the region it
 * knows how to take. A card is offered only when the storefront has Stripe's publishable key
 * too, since the card form cannot load without it; providers the storefront has no form for
 * (Medusa's test provider `pp_system_default`) are not offered, nor cash when `cashAllowed` is false.
 */
export function offeredPaymentProviders(regionProviders: readonly string[], stripeConfigured: boolean, cashAllowed = true): string[] {
  const known = stripeConfigured ? [cashOnDelivery, stripeCard] : [cashOnDelivery]
  return known.filter((id) => regionProviders.includes(id) && (cashAllowed || id !== cashOnDelivery))
}

/**
 * Whether a cart may be paid in cash on delivery: every cart but the one made to pay an auction
 * lot that staff set to card only (the backend writes `auction_cash_on_delivery` on it, and
 * refuses the cash session for it too).
 */
export function cartAllowsCash(cart: { metadata?: Record<string, unknown> | null }): boolean {
  return cart.metadata?.auction_cash_on_delivery !== false
}

/** The payment session a cart is paid with: the latest one still open. */
export function activePaymentSession<S extends { provider_id?: string | null; status?: string | null }>(
  sessions: readonly S[] | null | undefined,
): S | undefined {
  return [...(sessions ?? [])].reverse().find((session) => session.status !== "canceled")
}
