"use server"

import { isCurrency } from "@tiwizi/locale"
import { refresh } from "next/cache"
import { getCart, updateCart } from "../data/cart"
import { setChosenCurrency } from "../data/cookies"
import { listRegions } from "../data/regions"
import { pickRegion } from "../region"

/**
 * Switches the visitor to the region of the chosen currency (MAD, EUR or USD): remembers it in a
 * cookie and moves their cart, if they have one, so it is repriced in that currency.
 */
export async function chooseCurrency(form: FormData): Promise<void> {
  const code = String(form.get("currency") ?? "").toLowerCase()
  if (!isCurrency(code)) return
  const region = pickRegion(await listRegions(), code)
  if (!region || region.currency_code.toLowerCase() !== code) return
  await setChosenCurrency(code)
  const cart = await getCart()
  if (cart && cart.region_id !== region.id) await updateCart(cart.id, { region_id: region.id })
  refresh()
}
