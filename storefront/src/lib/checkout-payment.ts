/** Cash on delivery: the customer pays the courier in cash at the door (Morocco). */
export const cashOnDelivery = "pp_cod_cod"
/** Cards through Stripe (regions abroad, when Stripe is configured). */
export const stripeCard = "pp_stripe_stripe"

/**
 * The payment methods the checkout offers, in the order it shows them: those of the region it
 * knows how to take. A card is offered only when the storefront has Stripe's publishable key
 * too, since the card form cannot load without it; providers the storefront has no form for
 * (Medusa's test provider `pp_system_default`) are not offered.
 */
export function offeredPaymentProviders(regionProviders: readonly string[], stripeConfigured: boolean): string[] {
  const known = stripeConfigured ? [cashOnDelivery, stripeCard] : [cashOnDelivery]
  return known.filter((id) => regionProviders.includes(id))
}

/** The payment session a cart is paid with: the latest one still open. */
export function activePaymentSession<S extends { provider_id?: string | null; status?: string | null }>(
  sessions: readonly S[] | null | undefined,
): S | undefined {
  return [...(sessions ?? [])].reverse().find((session) => session.status !== "canceled")
}
