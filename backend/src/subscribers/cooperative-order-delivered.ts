import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PART_DELIVERED, renderPartDelivered } from "../notifications/part-delivered"
import { readParcel } from "../notifications/part-shipped"
import { sendEmail } from "../notifications/send-email"
import { CooperativeOrderEvents } from "../workflows/cooperative-order/events"

/** Tells the customer that one cooperative's parcel was delivered, in the language of their cart. */
export default async function notifyCustomerOfDeliveredPart({ event, container }: SubscriberArgs<{ id: string }>) {
  const parcel = await readParcel(container, event.data.id)
  if (!parcel) return
  await sendEmail(container, {
    to: parcel.to,
    template: PART_DELIVERED,
    locale: parcel.locale,
    email: renderPartDelivered(parcel.locale, parcel.data),
    data: parcel.data,
    idempotencyKey: `${PART_DELIVERED}:${event.data.id}`,
  })
}

export const config: SubscriberConfig = { event: CooperativeOrderEvents.DELIVERED }
