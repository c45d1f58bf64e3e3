/**
 * Events the cooperative-order workflows emit once they have succeeded, for notifications to
 * follow. Every payload carries the part's `id` (a `cooperative_order`), its `order_id` and
 * `cooperative_id`.
 */
export const CooperativeOrderEvents = {
  /** A customer's order was split: this part is new for its cooperative. */
  CREATED: "cooperative_order.created",
  /** The cooperative accepted its part: it will send it. */
  ACCEPTED: "cooperative_order.accepted",
  /** The cooperative handed its parcel to a carrier (`carrier`, `tracking_number` on the part). */
  SHIPPED: "cooperative_order.shipped",
  /** The parcel reached the customer; the sale is earned (ledger entries written). */
  DELIVERED: "cooperative_order.delivered",
  /** The cooperative cancelled an item it cannot supply (`item_id`, `reason`); the customer is refunded for it. */
  ITEM_CANCELLED: "cooperative_order.item_cancelled",
} as const
