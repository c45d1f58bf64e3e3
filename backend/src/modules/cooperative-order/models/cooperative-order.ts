import { model } from "@medusajs/framework/utils"
import CooperativeOrderItem from "./cooperative-order-item"

/** Where a cooperative's part of an order stands; `cancelled` once none of its items is left. */
export const cooperativeOrderStatuses = ["new", "accepted", "shipped", "delivered", "cancelled"] as const
export type CooperativeOrderStatus = (typeof cooperativeOrderStatuses)[number]

/**
 * One cooperative's part of a customer's order: its items, its share of the shipping, its
 * totals, and its own fulfilment (accepted, shipped with a carrier and tracking number,
 * delivered). The customer's Medusa order (`order_id`) stays the one purchase with the one
 * payment; the parts of an order add up to its total to the cent. Figures are tax included,
 * in the order's currency, and are written when the order is split: later changes (an item
 * cancelled) lower them and never recompute commission.
 */
const CooperativeOrder = model
  .define("cooperative_order", {
    id: model.id({ prefix: "cord" }).primaryKey(),
    order_id: model.text(),
    order_display_id: model.number(),
    cooperative_id: model.text(),
    currency_code: model.text(),
    cash_on_delivery: model.boolean().default(false),
    status: model.enum([...cooperativeOrderStatuses]).default("new"),
    item_total: model.bigNumber(),
    shipping_total: model.bigNumber(),
    tax_total: model.bigNumber(),
    total: model.bigNumber(),
    commission_total: model.bigNumber(),
    refunded_total: model.bigNumber().default(0),
    carrier: model.text().nullable(),
    tracking_number: model.text().nullable(),
    accepted_at: model.dateTime().nullable(),
    shipped_at: model.dateTime().nullable(),
    delivered_at: model.dateTime().nullable(),
    cancelled_at: model.dateTime().nullable(),
    // What the carrier collected at the door, for cash-on-delivery parts.
    cash_collected: model.bigNumber().nullable(),
    items: model.hasMany(() => CooperativeOrderItem, { mappedBy: "cooperative_order" }),
  })
  .cascades({ delete: ["items"] })
  .indexes([
    // One part per cooperative per order: a retried or concurrent split cannot write a second.
    { on: ["order_id", "cooperative_id"], unique: true },
    { on: ["cooperative_id", "status"] },
  ])

export default CooperativeOrder
