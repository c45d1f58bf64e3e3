"use server"

import { defaultLocale, isLocale } from "@tiwizi/locale"
import { refresh } from "next/cache"
import { cartItemCount, maxLineQuantity } from "../cart-summary"
import { addLineItem, createCart, deleteLineItem, getCart, updateCart, updateLineItem } from "../data/cart"
import { setCartId } from "../data/cookies"
import { getCurrentRegion } from "../data/regions"
import { cartErrorCode, type CartErrorCode } from "../errors"

export type AddToCartState = { status: "idle" } | { status: "added"; count: number } | { status: "error"; code: CartErrorCode }

function readQuantity(value: FormDataEntryValue | null): number | null {
  if (value === null) return 1
  const quantity = Number(value)
  return Number.isInteger(quantity) && quantity >= 1 && quantity <= maxLineQuantity ? quantity : null
}

/**
 * Adds the chosen variant to the visitor's cart. The cart is created in the visitor's region on
 * first use and its id kept in an httpOnly cookie; a cart left in another region or language is
 * moved first, so its prices and texts match what the visitor sees. Returns a state the button
 * turns into a message; unexpected failures are logged with their cause.
 */
export async function addToCart(_previous: AddToCartState, form: FormData): Promise<AddToCartState> {
  const variantId = form.get("variant_id")
  const quantity = readQuantity(form.get("quantity"))
  const localeValue = form.get("locale")
  const locale = isLocale(localeValue) ? localeValue : defaultLocale
  if (typeof variantId !== "string" || !variantId || quantity === null) {
    return { status: "error", code: "invalid" }
  }
  try {
    const region = await getCurrentRegion()
    let cart = await getCart()
    if (!cart) {
      cart = await createCart(region.id, locale)
      await setCartId(cart.id)
    } else if (cart.region_id !== region.id || cart.locale !== locale) {
      cart = await updateCart(cart.id, { region_id: region.id, locale })
    }
    const updated = await addLineItem(cart.id, variantId, quantity)
    refresh()
    return { status: "added", count: cartItemCount(updated) }
  } catch (error) {
    const code = cartErrorCode(error)
    if (code === "unknown" || code === "unreachable") console.error("add to cart failed:", error)
    return { status: "error", code }
  }
}

/** Removes a line from the visitor's own cart (a line id from elsewhere changes nothing). */
export async function removeLine(form: FormData): Promise<void> {
  const lineId = form.get("line_id")
  const cart = await getCart()
  if (!cart || typeof lineId !== "string" || !cart.items?.some((item) => item.id === lineId)) return
  await deleteLineItem(cart.id, lineId)
  refresh()
}

export type LineQuantityState = { status: "idle" } | { status: "error"; code: CartErrorCode }

/**
 * Sets the quantity of a line of the visitor's own cart (1 to 20; removing is its own button).
 * A quantity above the piece's stock is refused by the backend and comes back as `out_of_stock`,
 * for a message next to the line; the line keeps its quantity.
 */
export async function updateQuantity(_previous: LineQuantityState, form: FormData): Promise<LineQuantityState> {
  const lineId = form.get("line_id")
  const quantity = readQuantity(form.get("quantity") ?? "")
  const cart = await getCart()
  if (!cart || typeof lineId !== "string" || quantity === null || !cart.items?.some((item) => item.id === lineId)) {
    return { status: "error", code: "invalid" }
  }
  try {
    await updateLineItem(cart.id, lineId, quantity)
    refresh()
    return { status: "idle" }
  } catch (error) {
    const code = cartErrorCode(error)
    if (code === "unknown" || code === "unreachable") console.error("quantity change failed:", error)
    return { status: "error", code }
  }
}
