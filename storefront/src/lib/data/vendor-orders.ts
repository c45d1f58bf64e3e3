import "server-only"
import { toDoPage } from "@/components/portal/orders/todo-page"
import { isNotFound } from "./sdk"
import { vendorFetch } from "./vendor"

// The member's cooperative's parts of customers' orders, and its money (balance and monthly
// statement). Every call is the logged-in member's: the backend scopes it to their cooperative
// and answers 404 for anyone else's part; `vendorFetch` never caches.

/** Where a cooperative's part of an order stands. */
export const orderStatuses = ["new", "accepted", "shipped", "delivered", "cancelled"] as const
export type OrderStatus = (typeof orderStatuses)[number]

/** One line of the part: what to pack. Amounts are in the order's currency, major units, tax included. */
export type VendorOrderItem = {
  id: string
  title: string
  variant_title: string | null
  thumbnail: string | null
  quantity: number
  unit_price: number
  total: number
  commission_amount: number
  cancelled_at: string | null
  cancel_reason: string | null
}

/** Where the parcel goes: the customer's name, address and phone, nothing else of theirs. */
export type VendorOrderAddress = {
  first_name: string | null
  last_name: string | null
  address_1: string | null
  address_2: string | null
  city: string | null
  postal_code: string | null
  province: string | null
  country_code: string | null
  phone: string | null
}

/** The cooperative's part of one customer's order (`GET /vendor/orders/:id`). */
export type VendorOrder = {
  id: string
  order_id: string
  order_display_id: number
  cooperative_id: string
  status: OrderStatus
  currency_code: string
  cash_on_delivery: boolean
  item_total: number
  shipping_total: number
  tax_total: number
  total: number
  commission_total: number
  refunded_total: number
  /** What the customer still owes for this part: total less refunds; what the carrier collects in cash. */
  amount_due: number
  carrier: string | null
  tracking_number: string | null
  accepted_at: string | null
  shipped_at: string | null
  delivered_at: string | null
  cancelled_at: string | null
  cash_collected: number | null
  created_at: string
  items: VendorOrderItem[]
  shipping_address: VendorOrderAddress | null
  shipping_method: string | null
}

export type VendorOrderPage = { orders: VendorOrder[]; count: number }

type Page = { limit: number; offset: number }

/** One page of the cooperative's parts, newest first, optionally in one status. */
export function listVendorOrders(query: Page & { status?: OrderStatus }): Promise<VendorOrderPage> {
  return vendorFetch<VendorOrderPage>("/vendor/orders", { query })
}

/** One page of what is still to do: the new parts first, then the accepted ones (see {@link toDoPage}). */
export function listOrdersToDo(range: Page): Promise<VendorOrderPage> {
  return toDoPage((status, page) => listVendorOrders({ status, ...page }), range)
}

/** One part of the member's cooperative; `null` when it does not exist or is another's (404). */
export async function retrieveVendorOrder(id: string): Promise<VendorOrder | null> {
  try {
    return (await vendorFetch<{ order: VendorOrder }>(`/vendor/orders/${encodeURIComponent(id)}`)).order
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
}

const move = async (id: string, path: string, body: Record<string, unknown>) =>
  (await vendorFetch<{ order: VendorOrder }>(`/vendor/orders/${encodeURIComponent(id)}/${path}`, { method: "POST", body })).order

/** The cooperative will prepare and send a new part. */
export function acceptVendorOrder(id: string): Promise<VendorOrder> {
  return move(id, "accept", {})
}

/** The parcel is with the carrier, under this tracking number. */
export function shipVendorOrder(id: string, body: { carrier: string; tracking_number: string }): Promise<VendorOrder> {
  return move(id, "ship", body)
}

/** The customer has the parcel; for cash on delivery, with the cash the carrier collected (refused for a card payment). */
export function deliverVendorOrder(id: string, body: { cash_collected?: number }): Promise<VendorOrder> {
  return move(id, "deliver", body)
}

/** Cancels a line the cooperative cannot supply; the customer is refunded `refund_amount` for it. */
export async function cancelVendorOrderItem(id: string, itemId: string, reason: string): Promise<{ order: VendorOrder; refund_amount: number }> {
  return vendorFetch(`/vendor/orders/${encodeURIComponent(id)}/items/${encodeURIComponent(itemId)}/cancel`, { method: "POST", body: { reason } })
}

/** What Tiwizi owes the cooperative now, per currency (`GET /vendor/balance`). */
export type VendorBalance = { currency_code: string; balance: number }

/** The cooperative's balance per currency, from its ledger. */
export async function getVendorBalances(): Promise<VendorBalance[]> {
  return (await vendorFetch<{ balances: VendorBalance[] }>("/vendor/balance")).balances
}

/** The kinds of ledger entries: a delivered sale, Tiwizi's commission on it, refunds of both, a payout. */
export const entryKinds = ["sale", "commission", "refund", "commission_refund", "payout"] as const
export type EntryKind = (typeof entryKinds)[number]

/** One movement of the cooperative's account; the amount is signed (a payout or commission is negative). */
export type StatementEntry = {
  id: string
  kind: EntryKind
  amount: number
  occurred_at: string
  cooperative_order_id: string | null
  bank_reference: string | null
  note: string | null
}

/** A month of the cooperative's account, per currency: the balance before, the movements, the balance after. */
export type VendorStatement = {
  cooperative_id: string
  from: string
  to: string
  currencies: { currency_code: string; opening_balance: number; closing_balance: number; entries: StatementEntry[] }[]
}

/** The statement of one month (`YYYY-MM`). */
export function getVendorStatement(month: string): Promise<VendorStatement> {
  return vendorFetch<VendorStatement>("/vendor/statement", { query: { month, format: "json" } })
}
