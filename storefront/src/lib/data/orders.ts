import "server-only"
import type { HttpTypes } from "@medusajs/types"
import type { Locale } from "@tiwizi/locale"
import { cookies } from "next/headers"
import { getSdk, isNotFound } from "./sdk"

const placedCookie = "tiwizi_placed_orders"
/** Orders a guest placed in the last hour; enough for the confirmation page and a reload. */
const placedLifetime = 60 * 60
const placedKept = 3

/**
 * Remembers an order the visitor just placed, in an httpOnly cookie that lives an hour: the
 * confirmation page shows a guest's order only when its id is in there, so an order id seen
 * elsewhere (a shared link, a log) reveals nothing. Only callable from a server action.
 */
export async function rememberPlacedOrder(orderId: string): Promise<void> {
  const store = await cookies()
  const earlier = (store.get(placedCookie)?.value ?? "").split(",").filter((id) => id && id !== orderId)
  store.set(placedCookie, [orderId, ...earlier].slice(0, placedKept).join(","), {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production",
    path: "/",
    maxAge: placedLifetime,
  })
}

/** Whether the visitor placed this order in the last hour (see `rememberPlacedOrder`). */
export async function placedThisOrder(orderId: string): Promise<boolean> {
  const value = (await cookies()).get(placedCookie)?.value ?? ""
  return value.split(",").includes(orderId)
}

/** An order as the confirmation page shows it. */
export type PlacedOrder = HttpTypes.StoreOrder

// The store route serves an order's address and payment sessions only whole (`*relation`);
// single fields of them come back empty.
const fields = [
  "id,display_id,email,customer_id,currency_code,created_at,item_total,item_subtotal,subtotal,shipping_total,tax_total,discount_total,total",
  "items.id,items.title,items.product_title,items.variant_title,items.product_handle,items.thumbnail,items.quantity,items.unit_price,items.total",
  "*shipping_address",
  "shipping_methods.id,shipping_methods.name,shipping_methods.amount,shipping_methods.total",
  "*payment_collections.payment_sessions",
].join(",")

/**
 * An order by id, with everything the confirmation page shows, its texts in `locale` where the
 * backend translates them. `null` on 404. Never cached: an order changes as it is prepared.
 */
export async function retrieveOrder(id: string, locale: Locale): Promise<PlacedOrder | null> {
  try {
    const { order } = await getSdk().store.order.retrieve(id, { fields }, { "x-medusa-locale": locale })
    return order
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
}
