import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { isLate, lateCutoff, parseLateShipmentDays } from "../../../modules/cooperative-order/late-shipments"
import { pageOfOrderIds, type PartFilters } from "./order-group-page"

let lateDays: number | undefined

/**
 * `LATE_SHIPMENT_DAYS`, read once at the first use; an invalid value throws naming the variable,
 * at every use until it is fixed, rather than flagging parts by a guess.
 */
export function lateShipmentDays(): number {
  lateDays ??= parseLateShipmentDays(process.env.LATE_SHIPMENT_DAYS)
  return lateDays
}

const partFields = [
  "id", "order_id", "order_display_id", "cooperative_id", "status", "currency_code", "cash_on_delivery",
  "total", "refunded_total", "commission_total", "carrier", "tracking_number", "cash_collected",
  "accepted_at", "shipped_at", "delivered_at", "cancelled_at", "created_at",
  "order.email", "order.created_at",
]
const itemFields = [
  "items.id", "items.title", "items.variant_title", "items.thumbnail", "items.quantity", "items.unit_price", "items.total",
  "items.commission_rate_bps", "items.commission_amount", "items.cancelled_at", "items.cancel_reason",
]

const cents = (amount: unknown) => Math.round(Number(amount ?? 0) * 100)
const amountOrNull = (amount: unknown) => (amount === null || amount === undefined ? null : Number(amount))

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- query.graph's row type for a linked read-only field
type PartRow = any

/**
 * Reads the parts of `orderIds` with their cooperatives' names and shapes them into groups, in
 * the order of `orderIds`. Amounts are numbers in the order's currency, tax included.
 */
async function groupsOf(container: MedusaContainer, orderIds: string[], withItems: boolean, now: Date) {
  if (!orderIds.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: parts } = await query.graph({
    entity: "cooperative_order",
    fields: withItems ? [...partFields, ...itemFields] : partFields,
    filters: { order_id: orderIds },
    pagination: { order: { cooperative_id: "ASC" } },
  })
  const cooperativeIds = [...new Set(parts.map((part: PartRow) => part.cooperative_id as string))]
  const { data: cooperatives } = await query.graph({ entity: "cooperative", fields: ["id", "name", "handle"], filters: { id: cooperativeIds } })
  const names = new Map(cooperatives.map((cooperative: { id: string; name: string }) => [cooperative.id, cooperative.name]))
  const days = lateShipmentDays()

  const byOrder = new Map<string, PartRow[]>()
  for (const part of parts) byOrder.set(part.order_id, [...(byOrder.get(part.order_id) ?? []), part])
  return orderIds.flatMap((orderId) => {
    const own = byOrder.get(orderId)
    if (!own?.length) return []
    const shaped = own.map((part) => presentPart(part, names.get(part.cooperative_id) ?? null, isLate(part, now, days), withItems))
    const [first] = own
    return [
      {
        id: orderId,
        display_id: first.order_display_id,
        created_at: first.order?.created_at ?? first.created_at,
        email: first.order?.email ?? null,
        currency_code: first.currency_code,
        // The parts add up to the order's total to the cent (the split guarantees it).
        total: own.reduce((sum, part) => sum + cents(part.total), 0) / 100,
        payment: first.cash_on_delivery ? ("cash_on_delivery" as const) : ("card" as const),
        late: shaped.some((part) => part.late),
        parts: shaped,
      },
    ]
  })
}

function presentPart(part: PartRow, cooperativeName: string | null, late: boolean, withItems: boolean) {
  return {
    id: part.id,
    cooperative_id: part.cooperative_id,
    cooperative_name: cooperativeName,
    status: part.status,
    total: Number(part.total),
    refunded_total: Number(part.refunded_total),
    amount_due: (cents(part.total) - cents(part.refunded_total)) / 100,
    commission_total: Number(part.commission_total),
    cash_collected: amountOrNull(part.cash_collected),
    carrier: part.carrier,
    tracking_number: part.tracking_number,
    created_at: part.created_at,
    accepted_at: part.accepted_at,
    shipped_at: part.shipped_at,
    delivered_at: part.delivered_at,
    cancelled_at: part.cancelled_at,
    late,
    ...(withItems && {
      items: (part.items ?? []).map((item: PartRow) => ({
        id: item.id,
        title: item.title,
        variant_title: item.variant_title,
        thumbnail: item.thumbnail,
        quantity: item.quantity,
        unit_price: Number(item.unit_price),
        total: Number(item.total),
        commission_rate_bps: item.commission_rate_bps,
        commission_amount: Number(item.commission_amount),
        cancelled_at: item.cancelled_at,
        cancel_reason: item.cancel_reason,
      })),
    }),
  }
}

/**
 * A page of customers' orders as staff see them: each with all its cooperatives' parts, their
 * states and whether they are late, newest first. Filters apply to parts.
 */
export async function readOrderGroups(container: MedusaContainer, filters: PartFilters, page: { limit: number; offset: number }, now = new Date()) {
  const lateBefore = lateCutoff(now, lateShipmentDays())
  const { orderIds, count } = await pageOfOrderIds(container, { ...filters, lateBefore }, page)
  return { order_groups: await groupsOf(container, orderIds, false, now), count }
}

/** One customer's order with its parts and their lines; an order that was not split answers 404. */
export async function readOrderGroup(container: MedusaContainer, orderId: string, now = new Date()) {
  const [group] = await groupsOf(container, [orderId], true, now)
  if (!group) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order group with id: ${orderId} was not found`)
  return group
}
