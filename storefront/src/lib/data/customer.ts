import "server-only"
import type { HttpTypes } from "@medusajs/types"
import type { Locale } from "@tiwizi/locale"
import { redirect } from "next/navigation"
import { cache } from "react"
import { isUnauthorized } from "../account-errors"
import type { AddressInput } from "../account-forms"
import { loginPath } from "../account-next"
import { bearer, getAuthToken } from "./auth"
import { getSdk, isNotFound } from "./sdk"

// Everything here is the customer's own data: never cached across requests (Next 16's fetch
// does not cache unless asked), only deduplicated within one request by React's `cache`. A
// missing or expired token reads as "not logged in" (`null`), the one failure a page turns into
// a login link instead of an error.

export type Customer = Pick<HttpTypes.StoreCustomer, "id" | "email" | "first_name" | "last_name" | "phone">
export type Address = HttpTypes.StoreCustomerAddress

const customerFields = "id,email,first_name,last_name,phone"
const addressFields = "id,first_name,last_name,company,address_1,address_2,city,postal_code,province,country_code,phone"

/** The logged-in customer, or `null` when there is no valid login in the visitor's cookies. */
export const getCustomer = cache(async (): Promise<Customer | null> => {
  const token = await getAuthToken()
  if (!token) return null
  try {
    const { customer } = await getSdk().store.customer.retrieve({ fields: customerFields }, bearer(token))
    return customer
  } catch (error) {
    if (isUnauthorized(error)) return null
    throw error
  }
})

/**
 * The logged-in customer for a page that needs one; anyone else goes to the login page, which
 * brings them back to `path` (a path of this shop) afterwards.
 */
export async function requireCustomer(locale: Locale, path: string): Promise<Customer> {
  const customer = await getCustomer()
  if (!customer) redirect(loginPath(locale, path))
  return customer
}

/** The token of a call that needs a login; pages and actions check for one first, so none is a bug. */
async function requireToken(): Promise<string> {
  const token = await getAuthToken()
  if (!token) throw new Error("No customer is logged in")
  return token
}

/** Creates the customer for a freshly registered identity (the token `registerIdentity` gave). */
export async function createCustomer(
  token: string,
  { locale, ...data }: { email: string; first_name: string; last_name: string; locale: Locale },
): Promise<void> {
  // The language goes with the account: its first email (the verification link) is sent in it.
  await getSdk().store.customer.create({ ...data, metadata: { locale } }, { fields: "id" }, bearer(token))
}

/** Renames the logged-in customer. */
export async function updateCustomer(data: { first_name: string; last_name: string }): Promise<void> {
  await getSdk().store.customer.update(data, { fields: "id" }, bearer(await requireToken()))
}

/** Gives a cart (a guest's, from their cookie) to the customer the token names. */
export async function transferCart(cartId: string, token: string): Promise<void> {
  await getSdk().store.cart.transferCart(cartId, { fields: "id" }, bearer(token))
}

/** The logged-in customer's addresses, newest first (a customer keeps a handful, never pages). */
export async function listAddresses(): Promise<Address[]> {
  const { addresses } = await getSdk().store.customer.listAddress(
    { fields: addressFields, limit: 50, order: "-created_at" },
    bearer(await requireToken()),
  )
  return addresses
}

/** One of the logged-in customer's addresses; `null` when it is unknown or someone else's. */
export async function retrieveAddress(id: string): Promise<Address | null> {
  try {
    const { address } = await getSdk().store.customer.retrieveAddress(id, { fields: addressFields }, bearer(await requireToken()))
    return address
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
}

/** Adds an address to the logged-in customer's address book. */
export async function createAddress(address: AddressInput): Promise<void> {
  await getSdk().store.customer.createAddress(address, { fields: "id" }, bearer(await requireToken()))
}

/** Rewrites one of the logged-in customer's addresses (the backend refuses anyone else's: 404). */
export async function updateAddress(id: string, address: AddressInput): Promise<void> {
  await getSdk().store.customer.updateAddress(id, address, { fields: "id" }, bearer(await requireToken()))
}

/** Deletes one of the logged-in customer's addresses (the backend refuses anyone else's: 404). */
export async function deleteAddress(id: string): Promise<void> {
  await getSdk().store.customer.deleteAddress(id, bearer(await requireToken()))
}

/** An order as the account pages show it; the two statuses are extra fields of Medusa's store API. */
export type OrderSummary = Pick<HttpTypes.StoreOrder, "id" | "display_id" | "status" | "created_at" | "total" | "currency_code"> & {
  payment_status: string
  fulfillment_status: string
}

const orderSummaryFields = "id,display_id,status,created_at,total,currency_code,payment_status,fulfillment_status"

/** A page of the logged-in customer's orders, newest first, with their number. */
export async function listOrders(page: { limit: number; offset: number }): Promise<{ orders: OrderSummary[]; count: number }> {
  const { orders, count } = await getSdk().store.order.list(
    { fields: orderSummaryFields, order: "-created_at", limit: page.limit, offset: page.offset },
    bearer(await requireToken()),
  )
  return { orders: orders as unknown as OrderSummary[], count }
}

export type OrderDetail = OrderSummary &
  Pick<HttpTypes.StoreOrder, "customer_id" | "item_total" | "shipping_total" | "tax_total" | "discount_total" | "shipping_address" | "items" | "shipping_methods">

const orderDetailFields = [
  orderSummaryFields,
  "customer_id,item_total,shipping_total,tax_total,discount_total",
  "items.id,items.title,items.product_title,items.variant_title,items.product_handle,items.thumbnail,items.quantity,items.unit_price,items.total",
  // Medusa's store route drops a selection of the address's own fields without a word: the whole
  // (small) address it is.
  "*shipping_address",
  "shipping_methods.id,shipping_methods.name,shipping_methods.total",
].join(",")

/**
 * One of the logged-in customer's orders; `null` when it is unknown or someone else's. Medusa's
 * `GET /store/orders/:id` answers for any order id (it serves guests' confirmation pages), so
 * the owner is checked here against the customer the token names.
 */
export const retrieveOrder = cache(async (id: string, customerId: string): Promise<OrderDetail | null> => {
  try {
    const { order } = await getSdk().store.order.retrieve(id, { fields: orderDetailFields }, bearer(await requireToken()))
    const detail = order as unknown as OrderDetail
    return detail.customer_id === customerId ? detail : null
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
})

/** A line of a parcel; a line its cooperative could not supply says why (its total was refunded). */
export type ParcelItem = {
  id: string
  line_item_id: string
  title: string
  variant_title: string | null
  thumbnail: string | null
  quantity: number
  total: number
  cancelled_at: string | null
  cancel_reason: string | null
}

/** One cooperative's parcel of an order, as `GET /store/customers/me/orders/:id/parcels` gives it. */
export type OrderParcel = {
  id: string
  status: "new" | "accepted" | "shipped" | "delivered" | "cancelled"
  currency_code: string
  total: number
  refunded_total: number
  carrier: string | null
  tracking_number: string | null
  shipped_at: string | null
  delivered_at: string | null
  cooperative: { id: string; name: string; handle: string } | null
  items: ParcelItem[]
}

/**
 * The parcels of one of the logged-in customer's orders, one per cooperative that sends a part
 * of it. The backend checks the order is the customer's (404 otherwise, read as no parcels).
 */
export const retrieveOrderParcels = cache(async (orderId: string): Promise<OrderParcel[]> => {
  try {
    const { parcels } = await getSdk().client.fetch<{ parcels: OrderParcel[] }>(
      `/store/customers/me/orders/${encodeURIComponent(orderId)}/parcels`,
      { headers: bearer(await requireToken()) },
    )
    return parcels
  } catch (error) {
    if (isNotFound(error)) return []
    throw error
  }
})
