import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendEmail } from "../notifications/send-email"
import { PART_SHIPPED, readParcel, renderPartShipped } from "../notifications/part-shipped"
import { CooperativeOrderEvents } from "../workflows/cooperative-order/events"

/**
 * Tells the customer that one cooperative's parcel left, with its carrier, tracking number and
 * items, in the language of their cart. One email per parcel: an order of three cooperatives
 * travels as three parcels.
 */
export default async function notifyCustomerOfShippedPart({ event, container }: SubscriberArgs<{ id: string }>) {
  const parcel = await readParcel(container, event.data.id)
  if (!parcel) return
  await sendEmail(container, {
    to: parcel.to,
    template: PART_SHIPPED,
    locale: parcel.locale,
    email: renderPartShipped(parcel.locale, parcel.data),
    data: parcel.data,
    idempotencyKey: `${PART_SHIPPED}:${event.data.id}`,
  })
}

export const config: SubscriberConfig = { event: CooperativeOrderEvents.SHIPPED }
