import type { OrderStatus, VendorOrder } from "@/lib/data/vendor-orders"

/**
 * The orders list's tabs: what is still to do (new, then accepted) first, then each status that
 * is done with. `?tab=` in the URL; the to-do tab is the default.
 */
export const orderTabs = ["todo", "shipped", "delivered", "cancelled"] as const
export type OrderTab = (typeof orderTabs)[number]

/** The tab asked for in `?tab=`, the to-do one for anything else. */
export function orderTabOf(value: unknown): OrderTab {
  return orderTabs.find((tab) => tab === value) ?? "todo"
}

/** What a member does next with a part (messages `PortalOrders.next.<action>`), `view` once nothing is left to do. */
export type NextAction = "accept" | "ship" | "deliver" | "view"

/** The one next step of a part, the button its card shows in the list. */
export function nextActionOf(status: OrderStatus): NextAction {
  const next: Record<OrderStatus, NextAction> = { new: "accept", accepted: "ship", shipped: "deliver", delivered: "view", cancelled: "view" }
  return next[status]
}

/** What the detail page offers for a part, in its order: the backend's state machine allows the same. */
export type OrderAction = "accept" | "packing_slip" | "ship" | "deliver" | "cancel_item"

/**
 * The actions a part's status allows: accept a new one; once accepted, print the slip and send
 * it; say it arrived once shipped. Until the parcel leaves, an item the cooperative cannot
 * supply can be cancelled, one by one, while one is left.
 */
export function orderActionsFor(order: Pick<VendorOrder, "status" | "items">): OrderAction[] {
  const open = order.items.some((item) => !item.cancelled_at)
  const cancel: OrderAction[] = open ? ["cancel_item"] : []
  switch (order.status) {
    case "new":
      return ["accept", ...cancel]
    case "accepted":
      return ["packing_slip", "ship", ...cancel]
    case "shipped":
      return ["deliver"]
    default:
      return []
  }
}

/** The pieces to pack: the quantities of the lines that are not cancelled. */
export function piecesOf(order: Pick<VendorOrder, "items">): number {
  return order.items.reduce((sum, item) => sum + (item.cancelled_at ? 0 : item.quantity), 0)
}

/** The steps of a part's life with when each happened, for its timeline; cancelled replaces the later ones. */
export type TimelineStep = { step: "placed" | "accepted" | "shipped" | "delivered" | "cancelled"; at: string | null }

export function timelineOf(order: Pick<VendorOrder, "created_at" | "accepted_at" | "shipped_at" | "delivered_at" | "cancelled_at" | "status">): TimelineStep[] {
  const placed: TimelineStep = { step: "placed", at: order.created_at }
  if (order.status === "cancelled") {
    const before: TimelineStep[] = order.accepted_at ? [{ step: "accepted", at: order.accepted_at }] : []
    return [placed, ...before, { step: "cancelled", at: order.cancelled_at }]
  }
  return [placed, { step: "accepted", at: order.accepted_at }, { step: "shipped", at: order.shipped_at }, { step: "delivered", at: order.delivered_at }]
}

/** A cooperative order's id as the backend writes it (`cord_…`): anything else is a 404 without asking. */
export function isOrderId(value: unknown): value is string {
  return typeof value === "string" && /^cord_[0-9A-Za-z]{10,40}$/.test(value)
}

/** An item's id (`corditem_…`). */
export function isOrderItemId(value: unknown): value is string {
  return typeof value === "string" && /^corditem_[0-9A-Za-z]{10,40}$/.test(value)
}

/** Carriers Moroccan cooperatives send with; `other` lets the member type one. */
export const carriers = ["Amana", "CTM Messagerie", "Aramex", "DHL"] as const

/**
 * What the customer gets back when this item is cancelled, as the backend refunds it: the
 * line's total, or everything still due when it is the last line left (nothing will be sent,
 * so the shipping share goes back too).
 */
export function refundOf(order: Pick<VendorOrder, "items" | "amount_due">, itemId: string): number {
  const last = order.items.every((item) => item.id === itemId || !!item.cancelled_at)
  return last ? order.amount_due : (order.items.find((item) => item.id === itemId)?.total ?? 0)
}
