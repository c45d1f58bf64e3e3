import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { markAuctionOfferPaidWorkflow } from "../workflows/auction/workflows/mark-auction-offer-paid"

/**
 * An order placed from an auction offer's cart pays the offer and its lot. The cart is found
 * through Medusa's order↔cart link, not the order's metadata, which a customer can write.
 */
export default async function markAuctionOrderPaid({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order_cart", fields: ["cart_id"], filters: { order_id: event.data.id } })
  const cartId = data[0]?.cart_id as string | undefined
  if (!cartId) return
  await markAuctionOfferPaidWorkflow(container).run({ input: { cart_id: cartId, order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed" }
