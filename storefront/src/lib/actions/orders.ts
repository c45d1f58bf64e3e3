"use server"

import { defaultLocale, isLocale, type Locale } from "@tiwizi/locale"
import { redirect } from "next/navigation"
import { orderFailure, parseCancel, parseDeliver, parseShip, type OrderFormState } from "@/components/portal/orders/order-forms"
import { isOrderId, isOrderItemId } from "@/components/portal/orders/order-status"
import { acceptVendorOrder, cancelVendorOrderItem, deliverVendorOrder, shipVendorOrder } from "../data/vendor-orders"
import { localePath } from "../locale-path"

// The order page's actions. Each is a server action posted by a plain form, so it works
// without JavaScript: a refusal comes back as the form's state (errors next to the fields, what
// was typed kept), a success redirects to the order's page saying what was done.

function readLocale(form: FormData): Locale {
  const value = form.get("locale")
  return isLocale(value) ? value : defaultLocale
}

const orderPath = (locale: Locale, id: string) => localePath(locale, `/cooperative/orders/${id}`)

/** Back to the portal's login, then to the order: the member's session ended (another phone, or expired). */
function toLogin(locale: Locale, id: string): never {
  redirect(`${localePath(locale, "/cooperative/login")}?${new URLSearchParams({ next: orderPath(locale, id) })}`)
}

/**
 * Sends one move of a part and redirects to its page with `?done=`. A refusal is the form's
 * state, its error next to the form's field for the backend's field named in `fields` (backend
 * field → form field); a part that moved meanwhile is its page with `?failed=`; an ended session
 * is the login page. Unexpected failures are logged.
 */
async function send(
  form: FormData,
  values: Record<string, string>,
  fields: Record<string, string>,
  done: string,
  call: (id: string) => Promise<unknown>,
): Promise<OrderFormState> {
  const locale = readLocale(form)
  const id = form.get("order_id")
  if (!isOrderId(id)) return { status: "error", values, errors: {}, formError: "not_found" }
  try {
    await call(id)
  } catch (error) {
    const failure = orderFailure(error, Object.keys(fields))
    if (failure.unauthorized) toLogin(locale, id)
    if (failure.code === "unknown" || failure.code === "unreachable") console.error(`order ${done} failed:`, error)
    // The part moved meanwhile (another phone): its page as it is now says so, this form may be gone.
    if (failure.code === "status_changed" || failure.code === "item_cancelled") redirect(`${orderPath(locale, id)}?failed=${failure.code}`)
    const field = failure.field && fields[failure.field]
    return field ? { status: "error", values, errors: { [field]: failure.code } } : { status: "error", values, errors: {}, formError: failure.code }
  }
  redirect(`${orderPath(locale, id)}?done=${done}`)
}

/** Accepts a new part (`order_id`): the cooperative will prepare and send it. */
export async function acceptOrder(_previous: OrderFormState, form: FormData): Promise<OrderFormState> {
  return send(form, {}, {}, "accepted", acceptVendorOrder)
}

/** Marks a part shipped with its carrier (`carrier`, or `carrier_other` when `other`) and `tracking_number`. */
export async function shipOrder(_previous: OrderFormState, form: FormData): Promise<OrderFormState> {
  const parsed = parseShip(form)
  if (!parsed.ok) return parsed.state
  const values = { carrier: String(form.get("carrier") ?? ""), carrier_other: String(form.get("carrier_other") ?? "").trim(), tracking_number: parsed.data.tracking_number }
  // A refused carrier shows next to the field it was chosen or typed in.
  const fields = { carrier: values.carrier === "other" ? "carrier_other" : "carrier", tracking_number: "tracking_number" }
  return send(form, values, fields, "shipped", (id) => shipVendorOrder(id, parsed.data))
}

/**
 * Marks a shipped part delivered, with `cash_collected` when the form has it: the page shows
 * that field (pre-filled with the amount due) for cash on delivery only, and the backend holds
 * the rule (cash required for cash on delivery, refused for a card payment).
 */
export async function deliverOrder(_previous: OrderFormState, form: FormData): Promise<OrderFormState> {
  const cash = form.has("cash_collected")
  const parsed = parseDeliver(form, cash)
  if (!parsed.ok) return parsed.state
  const values: Record<string, string> = cash ? { cash_collected: String(form.get("cash_collected")).trim() } : {}
  return send(form, values, { cash_collected: "cash_collected" }, "delivered", (id) => deliverVendorOrder(id, parsed.data))
}

/** Cancels one item (`item_id`) the cooperative cannot supply, with the `reason` told to the customer, who is refunded. */
export async function cancelOrderItem(_previous: OrderFormState, form: FormData): Promise<OrderFormState> {
  const parsed = parseCancel(form)
  if (!parsed.ok) return parsed.state
  const itemId = form.get("item_id")
  if (!isOrderItemId(itemId)) return { status: "error", values: { reason: parsed.data.reason }, errors: {}, formError: "not_found" }
  return send(form, { reason: parsed.data.reason }, { reason: "reason" }, "item_cancelled", (id) => cancelVendorOrderItem(id, itemId, parsed.data.reason))
}
