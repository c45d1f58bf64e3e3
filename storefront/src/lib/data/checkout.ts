import "server-only"
import type { HttpTypes } from "@medusajs/types"
import type { Locale } from "@tiwizi/locale"
import { cache } from "react"
import { cachedRead, getSdk, tags } from "./sdk"

/** A delivery the customer can choose, with its price for this cart. */
export type ShippingChoice = { id: string; name: string; amount: number | null }

/**
 * The shipping options the backend offers for a cart (by its address's country), with their
 * names in the reader's language and their price. Options priced by our fulfillment provider
 * (international express, by weight) are asked for their price; one it cannot price (a product
 * without a weight) is listed without a price and cannot be chosen. Never cached: it depends on
 * the cart.
 */
export const listShippingChoices = cache(async (cartId: string, locale: Locale): Promise<ShippingChoice[]> => {
  const sdk = getSdk()
  const headers = { "x-medusa-locale": locale }
  const { shipping_options } = await sdk.store.fulfillment.listCartOptions({ cart_id: cartId }, headers)
  return Promise.all(
    shipping_options.map(async (option): Promise<ShippingChoice> => {
      if (option.price_type !== "calculated") return { id: option.id, name: option.name, amount: Number(option.amount) }
      try {
        const { shipping_option } = await sdk.store.fulfillment.calculate(option.id, { cart_id: cartId }, undefined, headers)
        return { id: option.id, name: option.name, amount: Number(shipping_option.amount) }
      } catch (error) {
        console.error(`shipping option ${option.id} could not be priced:`, error)
        return { id: option.id, name: option.name, amount: null }
      }
    }),
  )
})

/** Puts the chosen shipping option on the cart, replacing any earlier choice. */
export async function setShippingMethod(cartId: string, optionId: string): Promise<void> {
  await getSdk().store.cart.addShippingMethod(cartId, { option_id: optionId }, { fields: "id" })
}

/**
 * The payment providers of a region (`pp_cod_cod`, `pp_stripe_stripe`, ...). Cached an hour,
 * tag `regions`: they change when staff configure a region.
 */
export async function listPaymentProviders(regionId: string): Promise<string[]> {
  const { payment_providers } = await cachedRead<HttpTypes.StorePaymentProviderListResponse>("/store/payment-providers", {
    query: { region_id: regionId, fields: "id", limit: 20 },
    tags: [tags.regions],
    revalidate: 3600,
  })
  return payment_providers.map((provider) => provider.id)
}

/**
 * The countries a region delivers to (lower-case ISO 2 codes). Cached an hour, tag `regions`.
 */
export async function listRegionCountries(regionId: string): Promise<string[]> {
  const { region } = await cachedRead<HttpTypes.StoreRegionResponse>(`/store/regions/${regionId}`, {
    query: { fields: "id,countries.iso_2" },
    tags: [tags.regions],
    revalidate: 3600,
  })
  return (region.countries ?? []).map((country) => country.iso_2?.toLowerCase()).filter((code): code is string => !!code)
}

/**
 * Starts paying a cart with a provider: creates the cart's payment collection when it has none,
 * then a payment session with that provider (the earlier session, if any, is replaced).
 */
export async function startPayment(cart: HttpTypes.StoreCart, providerId: string): Promise<void> {
  await getSdk().store.payment.initiatePaymentSession(cart, { provider_id: providerId }, { fields: "id" })
}

export type CompletedCart = { type: "order"; orderId: string } | { type: "cart"; message: string }

/**
 * Turns a cart into an order. Medusa answers `type: "order"` on success, `type: "cart"` with the
 * reason when the payment was not authorised, and 400 when the cart cannot be completed (a piece
 * sold in the meantime). Completing is idempotent per cart: a second call returns the same order.
 */
export async function completeCart(cartId: string): Promise<CompletedCart> {
  const result = await getSdk().store.cart.complete(cartId, { fields: "id" })
  return result.type === "order" ? { type: "order", orderId: result.order.id } : { type: "cart", message: result.error.message }
}
