import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { cancelOrderPartsWorkflow } from "../workflows/cooperative-order/workflows/cancel-order-parts"

/** When staff or the customer cancel an order, its cooperatives' parts not yet sent are cancelled too. */
export default async function cancelOrderParts({ event, container }: SubscriberArgs<{ id: string }>) {
  await cancelOrderPartsWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.canceled" }
