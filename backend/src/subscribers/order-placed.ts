import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { emailLocale } from "../notifications/email-locale"
import { ORDER_CONFIRMATION, renderOrderConfirmation } from "../notifications/order-confirmation"
import { orderConfirmationData, orderConfirmationFields, type PlacedOrder } from "../notifications/order-confirmation-data"
import { sendEmail } from "../notifications/send-email"

/**
 * Sends the order confirmation to the order's email, in the language the cart was filled in
 * (the order keeps the cart's locale; French when it has none). The idempotency key keeps a
 * re-delivered `order.placed` from sending it twice.
 */
export default async function sendOrderConfirmation({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: orderConfirmationFields, filters: { id: event.data.id } })
  const order = data[0] as unknown as (PlacedOrder & { email?: string | null; locale?: string | null }) | undefined
  if (!order?.email) return
  const locale = emailLocale(order.locale)
  const confirmation = orderConfirmationData(order, locale)
  await sendEmail(container, {
    to: order.email,
    template: ORDER_CONFIRMATION,
    locale,
    email: renderOrderConfirmation(locale, confirmation),
    data: confirmation,
    idempotencyKey: `${ORDER_CONFIRMATION}:${order.id}`,
  })
}

export const config: SubscriberConfig = { event: "order.placed" }
