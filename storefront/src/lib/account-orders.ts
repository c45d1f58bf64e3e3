import { intlTagOf, type Locale } from "@tiwizi/locale"

// Medusa's order, payment and fulfillment statuses, each with a message under
// `Account.orderStatus` / `paymentStatus` / `fulfillmentStatus`. A status a later Medusa adds
// reads as `other` instead of breaking the page.
const orderStatuses = ["pending", "completed", "canceled", "archived", "requires_action", "draft"] as const
const paymentStatuses = [
  "not_paid",
  "awaiting",
  "authorized",
  "partially_authorized",
  "captured",
  "partially_captured",
  "partially_refunded",
  "refunded",
  "canceled",
  "requires_action",
] as const
const fulfillmentStatuses = [
  "not_fulfilled",
  "partially_fulfilled",
  "fulfilled",
  "partially_shipped",
  "shipped",
  "partially_delivered",
  "delivered",
  "canceled",
] as const

export type OrderStatusKey = (typeof orderStatuses)[number] | "other"
export type PaymentStatusKey = (typeof paymentStatuses)[number] | "other"
export type FulfillmentStatusKey = (typeof fulfillmentStatuses)[number] | "other"

const known = <T extends string>(list: readonly T[], value: unknown): T | "other" =>
  list.includes(value as T) ? (value as T) : "other"

/** The message key of an order's status. */
export const orderStatusKey = (status: unknown): OrderStatusKey => known(orderStatuses, status)
/** The message key of an order's payment status. */
export const paymentStatusKey = (status: unknown): PaymentStatusKey => known(paymentStatuses, status)
/** The message key of an order's fulfillment (shipping) status. */
export const fulfillmentStatusKey = (status: unknown): FulfillmentStatusKey => known(fulfillmentStatuses, status)

/** An order's date as customers read it in their language (Latin digits in Arabic too). */
export function formatOrderDate(date: string | Date, locale: Locale): string {
  return new Intl.DateTimeFormat(intlTagOf(locale), { dateStyle: "long" }).format(new Date(date))
}
