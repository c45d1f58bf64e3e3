import "server-only"
import type { HttpTypes } from "@medusajs/types"
import type { Locale } from "@tiwizi/locale"
import { cache } from "react"
import { getCartId } from "./cookies"
import { getSdk, isNotFound } from "./sdk"

// Carts are per visitor and change on every action: never cached (Next 16's fetch does not
// cache unless asked), only deduplicated within one request by React's `cache`.

/** A cart as Medusa 2.21 returns it: `locale` (since 2.12.3) is missing from its HTTP types. */
export type Cart = HttpTypes.StoreCart & { locale?: string | null }

const fields = [
  "id,region_id,currency_code,locale,completed_at,item_total,total",
  "items.id,items.title,items.created_at,items.product_id,items.product_title,items.product_handle,items.variant_id,items.variant_title",
  "items.thumbnail,items.quantity,items.unit_price,items.total",
].join(",")

/**
 * The visitor's open cart, from the id in their cookie. `null` when there is no cookie, when
 * the backend answers 404 for it, or when the cart was already turned into an order.
 */
export const getCart = cache(async (): Promise<Cart | null> => {
  const id = await getCartId()
  if (!id) return null
  return retrieveCart(id)
})

/** A cart by id with the fields the storefront shows; `null` on 404 or once completed. */
export async function retrieveCart(id: string): Promise<Cart | null> {
  try {
    const { cart } = await getSdk().store.cart.retrieve(id, { fields })
    return cart.completed_at ? null : cart
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
}

/** Creates an empty cart in a region; its lines are written in `locale`. */
export async function createCart(regionId: string, locale: Locale): Promise<Cart> {
  const { cart } = await getSdk().store.cart.create({ region_id: regionId, locale }, { fields })
  return cart
}

/**
 * Moves a cart to another region and/or language. Medusa reprices its lines in the new
 * region's currency and rewrites their texts in the new locale.
 */
export async function updateCart(id: string, update: { region_id?: string; locale?: Locale }): Promise<Cart> {
  const { cart } = await getSdk().store.cart.update(id, update, { fields })
  return cart
}

/** Adds `quantity` of a variant to a cart (Medusa merges it with an existing line). */
export async function addLineItem(cartId: string, variantId: string, quantity: number): Promise<Cart> {
  const { cart } = await getSdk().store.cart.createLineItem(cartId, { variant_id: variantId, quantity }, { fields })
  return cart
}

/** Removes one line from a cart. */
export async function deleteLineItem(cartId: string, lineId: string): Promise<void> {
  await getSdk().store.cart.deleteLineItem(cartId, lineId)
}
