import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { COOPERATIVE_MODULE } from "../modules/cooperative"
import type CooperativeModuleService from "../modules/cooperative/service"
import { COOPERATIVE_ORDER_MODULE } from "../modules/cooperative-order"
import type CooperativeOrderModuleService from "../modules/cooperative-order/service"
import {
  COOPERATIVE_NEW_ORDER,
  cooperativeNewOrderData,
  cooperativeNewOrderSms,
  renderCooperativeNewOrder,
} from "../notifications/cooperative-new-order"
import { cooperativeLocale } from "../notifications/cooperative-locale"
import { sendEmail } from "../notifications/send-email"
import { allSent, sendSms } from "../notifications/send-sms"
import { CooperativeOrderEvents } from "../workflows/cooperative-order/events"

/**
 * Tells a cooperative it has a new order, by email to its contact address and by SMS to its
 * phone: number, item count, amount due and the portal's order page, in the language its owner
 * uses the portal in. The idempotency keys keep a re-delivered event from sending either twice.
 */
export default async function notifyCooperativeOfNewOrder({ event, container }: SubscriberArgs<{ id: string }>) {
  const part = await container
    .resolve<CooperativeOrderModuleService>(COOPERATIVE_ORDER_MODULE)
    .retrieveCooperativeOrder(event.data.id, { relations: ["items"] })
  const cooperative = await container
    .resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    .retrieveCooperative(part.cooperative_id, { select: ["id", "email", "phone"] })
  const locale = await cooperativeLocale(container, part.cooperative_id)
  const data = cooperativeNewOrderData(part, locale)
  await allSent([
    sendEmail(container, {
      to: cooperative.email,
      template: COOPERATIVE_NEW_ORDER,
      locale,
      email: renderCooperativeNewOrder(locale, data),
      data,
      idempotencyKey: `${COOPERATIVE_NEW_ORDER}:email:${part.id}`,
    }),
    sendSms(container, {
      to: cooperative.phone,
      template: COOPERATIVE_NEW_ORDER,
      locale,
      text: cooperativeNewOrderSms(locale, data),
      data,
      idempotencyKey: `${COOPERATIVE_NEW_ORDER}:sms:${part.id}`,
    }),
  ])
}

export const config: SubscriberConfig = { event: CooperativeOrderEvents.CREATED }
