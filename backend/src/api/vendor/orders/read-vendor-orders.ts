import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { CooperativeOrderStatus } from "../../../modules/cooperative-order/models/cooperative-order"

/**
 * What a cooperative sees of its part: its own lines and figures, and of the customer's order
 * only what shipping needs (number, date, name, address, phone). Never the other cooperatives'
 * parts, the customer's email or the payment.
 */
const fields = [
  "id", "order_id", "order_display_id", "cooperative_id", "status", "currency_code", "cash_on_delivery",
  "item_total", "shipping_total", "tax_total", "total", "commission_total", "refunded_total",
  "carrier", "tracking_number", "accepted_at", "shipped_at", "delivered_at", "cancelled_at", "cash_collected", "created_at",
  "items.id", "items.title", "items.variant_title", "items.thumbnail", "items.product_id", "items.quantity", "items.unit_price",
  "items.total", "items.commission_amount", "items.cancelled_at", "items.cancel_reason",
  "order.shipping_address.first_name", "order.shipping_address.last_name", "order.shipping_address.address_1",
  "order.shipping_address.address_2", "order.shipping_address.city", "order.shipping_address.postal_code",
  "order.shipping_address.province", "order.shipping_address.country_code", "order.shipping_address.phone",
  "order.shipping_methods.name",
]

type Filters = { cooperative_id: string; id?: string | string[]; status?: CooperativeOrderStatus }

/** A page of the cooperative's parts, newest first, with the count of all that match. */
export async function readVendorOrders(container: MedusaContainer, filters: Filters, page = { skip: 0, take: 20 }) {
  const { data, metadata } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cooperative_order",
    fields,
    filters,
    pagination: { ...page, order: { created_at: "DESC", id: "DESC" } },
  })
  return { orders: data.map(present), count: metadata?.count ?? data.length }
}

/** One part of the cooperative; another cooperative's, or none, answers 404. */
export async function readVendorOrder(container: MedusaContainer, cooperativeId: string, id: string) {
  const { orders } = await readVendorOrders(container, { cooperative_id: cooperativeId, id }, { skip: 0, take: 1 })
  if (!orders[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${id} was not found`)
  return orders[0]
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- query.graph's row type for a linked read-only field
function present({ order, ...part }: any) {
  const due = Math.round((Number(part.total) - Number(part.refunded_total)) * 100) / 100
  return {
    ...part,
    amount_due: due,
    shipping_address: order?.shipping_address ?? null,
    shipping_method: order?.shipping_methods?.[0]?.name ?? null,
  }
}
