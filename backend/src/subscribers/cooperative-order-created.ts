import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { COOPERATIVE_ORDER_MODULE } from "../modules/cooperative-order"
import type CooperativeOrderModuleService from "../modules/cooperative-order/service"
import {
  COOPERATIVE_NEW_ORDER,
  cooperativeNewOrderData,
  cooperativeNewOrderSms,
  renderCooperativeNewOrder,
} from "../notifications/cooperative-new-order"
import { notifyCooperative } from "../notifications/notify-cooperative"
import { CooperativeOrderEvents } from "../workflows/cooperative-order/events"

/**
 * Tells a cooperative it has a new order, by email and SMS (`notifyCooperative`): number, item
 * count, amount due and the portal's order page.
 */
export default async function notifyCooperativeOfNewOrder({ event, container }: SubscriberArgs<{ id: string }>) {
  const part = await container
    .resolve<CooperativeOrderModuleService>(COOPERATIVE_ORDER_MODULE)
    .retrieveCooperativeOrder(event.data.id, { relations: ["items"] })
  await notifyCooperative(container, part.cooperative_id, {
    template: COOPERATIVE_NEW_ORDER,
    key: part.id,
    write: (locale) => {
      const data = cooperativeNewOrderData(part, locale)
      return { email: renderCooperativeNewOrder(locale, data), text: cooperativeNewOrderSms(locale, data), data }
    },
  })
}

export const config: SubscriberConfig = { event: CooperativeOrderEvents.CREATED }
