import "server-only"
import type { HttpTypes } from "@medusajs/types"
import type { Locale } from "@tiwizi/locale"
import { cache } from "react"
import { cartItemCount, cartLines, groupByCooperative, type CartLineView, type CartProduct, type CooperativeGroup } from "../cart-summary"
import { getCartId } from "./cookies"
import { cachedRead, getSdk, isNotFound, tags } from "./sdk"

// Carts are per visitor and change on every action: never cached (Next 16's fetch does not
// cache unless asked), only deduplicated within one request by React's `cache`.

/** A cart as Medusa 2.21 returns it: `locale` (since 2.12.3) is missing from its HTTP types. */
export type Cart = HttpTypes.StoreCart & { locale?: string | null }

const addressFields = ["first_name", "last_name", "address_1", "address_2", "city", "postal_code", "province", "country_code", "phone"]

const fields = [
  "id,region_id,currency_code,locale,email,completed_at,metadata,item_total,item_subtotal,subtotal,shipping_total,tax_total,discount_total,total",
  "items.id,items.title,items.created_at,items.product_id,items.product_title,items.product_handle,items.variant_id,items.variant_title",
  "items.thumbnail,items.quantity,items.unit_price,items.total",
  addressFields.map((field) => `shipping_address.${field}`).join(","),
  "shipping_methods.id,shipping_methods.name,shipping_methods.shipping_option_id,shipping_methods.amount,shipping_methods.total",
  "payment_collection.id,payment_collection.amount",
  "payment_collection.payment_sessions.id,payment_collection.payment_sessions.provider_id,payment_collection.payment_sessions.status,payment_collection.payment_sessions.data",
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

/** What a cart update may change: region and language, contact e-mail and addresses. */
export type CartUpdate = {
  region_id?: string
  locale?: Locale
  email?: string
  shipping_address?: HttpTypes.StoreUpdateCart["shipping_address"]
  billing_address?: HttpTypes.StoreUpdateCart["billing_address"]
}

/**
 * Updates a cart. A new region makes Medusa reprice its lines in that region's currency, a new
 * locale rewrites their texts; addresses are checked by the backend (400 `invalid_data`).
 */
export async function updateCart(id: string, update: CartUpdate): Promise<Cart> {
  const { cart } = await getSdk().store.cart.update(id, update, { fields })
  return cart
}

/** Adds `quantity` of a variant to a cart (Medusa merges it with an existing line). */
export async function addLineItem(cartId: string, variantId: string, quantity: number): Promise<Cart> {
  const { cart } = await getSdk().store.cart.createLineItem(cartId, { variant_id: variantId, quantity }, { fields })
  return cart
}

/** Sets a line's quantity; Medusa refuses (400) more than the variant's available stock. */
export async function updateLineItem(cartId: string, lineId: string, quantity: number): Promise<Cart> {
  const { cart } = await getSdk().store.cart.updateLineItem(cartId, lineId, { quantity }, { fields })
  return cart
}

/** Removes one line from a cart. */
export async function deleteLineItem(cartId: string, lineId: string): Promise<void> {
  await getSdk().store.cart.deleteLineItem(cartId, lineId)
}

type CartProductResponse = { products: (HttpTypes.StoreProduct & { cooperative?: CartProduct["cooperative"] })[] }

/**
 * The cart lines' products in the reader's language, with their cooperative (through the
 * product–cooperative link fields the store route exposes) and their variants' available stock.
 * Cached 30 seconds, tag `products`: stock bounds the quantity steppers, and the backend still
 * refuses a quantity above stock when it changed in between.
 */
export async function listCartProducts(ids: string[], locale: Locale): Promise<CartProduct[]> {
  if (ids.length === 0) return []
  const { products } = await cachedRead<CartProductResponse>("/store/products", {
    query: {
      fields: "id,handle,title,+cooperative.handle,+cooperative.name,variants.id,variants.manage_inventory,variants.allow_backorder,+variants.inventory_quantity",
      id: [...ids].sort(),
      limit: ids.length,
    },
    locale,
    tags: [tags.products],
    revalidate: 30,
  })
  return products.map(({ id, handle, title, cooperative, variants }) => ({ id, handle, title, cooperative, variants }))
}

export type CartView = { cart: Cart; lines: CartLineView[]; groups: CooperativeGroup[]; count: number }

/**
 * The visitor's cart as the drawer, the cart page and the checkout show it: lines in the
 * reader's language grouped by cooperative, with their stock bounds. `null` without a cart.
 * Deduplicated within a request (the header's drawer and the page share one read).
 */
export const getCartView = cache(async (locale: Locale): Promise<CartView | null> => {
  const cart = await getCart()
  if (!cart) return null
  const items = cart.items ?? []
  const productIds = [...new Set(items.map((item) => item.product_id).filter((id): id is string => !!id))]
  const lines = cartLines(items, await listCartProducts(productIds, locale))
  return { cart, lines, groups: groupByCooperative(lines), count: cartItemCount(cart) }
})
