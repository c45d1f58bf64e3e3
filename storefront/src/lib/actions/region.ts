"use server"

import { FetchError } from "@medusajs/js-sdk"
import { isCurrency } from "@tiwizi/locale"
import { refresh } from "next/cache"
import { getCart, updateCart } from "../data/cart"
import { setChosenCurrency } from "../data/cookies"
import { listRegions } from "../data/regions"
import { pickRegion } from "../region"

/**
 * Switches the visitor to the region of the chosen currency (MAD, EUR or USD): remembers it in a
 * cookie and moves their cart, if they have one, so it is repriced in that currency. A cart that
 * cannot move keeps the visitor in its currency.
 */
export async function chooseCurrency(form: FormData): Promise<void> {
  const code = String(form.get("currency") ?? "").toLowerCase()
  if (!isCurrency(code)) return
  const region = pickRegion(await listRegions(), code)
  if (!region || region.currency_code.toLowerCase() !== code) return
  const cart = await getCart()
  if (cart && cart.region_id !== region.id && !(await moveCart(cart.id, region.id))) return
  await setChosenCurrency(code)
  refresh()
}

/**
 * Moves a cart to another region; false when the backend keeps it where it is (409): the cart
 * of an auction won pays the hammer price in dirhams, and the shop then stays in dirhams too.
 */
async function moveCart(cartId: string, regionId: string): Promise<boolean> {
  try {
    await updateCart(cartId, { region_id: regionId })
    return true
  } catch (error) {
    if (error instanceof FetchError && error.status === 409) return false
    throw error
  }
}
