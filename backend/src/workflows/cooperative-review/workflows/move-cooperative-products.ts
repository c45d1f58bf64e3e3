import {
  associateProductsWithSalesChannelsStep,
  detachProductsFromSalesChannelsStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ensureListingChannelsStep } from "../steps/ensure-listing-channels"

/** Whose products move, and where: out of the shop (`holding`) or back into it (`shop`). */
export type MoveCooperativeProductsInput = { cooperative_id: string; to: "holding" | "shop" }

type Product = { id: string; sales_channels?: ({ id: string } | null)[] | null } | null

/**
 * Moves a cooperative's products between the shop's sales channel and the holding channel,
 * leaving each product's own status alone: its listing state belongs to the cooperative and to
 * review. Only products found in the source channel move, so reinstating brings back exactly what
 * the suspension took out, and a product the cooperative had kept out of the shop stays out.
 * Returns the ids of the products moved; the link steps undo themselves on failure.
 */
export const moveCooperativeProductsWorkflow = createWorkflow(
  "move-cooperative-products",
  (input: MoveCooperativeProductsInput) => {
    const channels = ensureListingChannelsStep()
    const { data: cooperatives } = useQueryGraphStep({
      entity: "cooperative",
      fields: ["id", "products.id", "products.sales_channels.id"],
      filters: { id: input.cooperative_id },
    })
    const moves = transform({ input, channels, cooperatives }, ({ input, channels, cooperatives }) => {
      const [from, to] = input.to === "holding" ? [channels.shop_id, channels.holding_id] : [channels.holding_id, channels.shop_id]
      const products = ((cooperatives[0]?.products ?? []) as Product[]).filter((product) => product !== null)
      const inChannel = (product: NonNullable<Product>, channelId: string) =>
        (product.sales_channels ?? []).some((channel) => channel?.id === channelId)
      const moving = products.filter((product) => inChannel(product, from))
      return {
        product_ids: moving.map((product) => product.id),
        detach: moving.map((product) => ({ product_id: product.id, sales_channel_id: from })),
        // A product already back in the target channel (added by hand meanwhile) keeps its one link.
        attach: moving
          .filter((product) => !inChannel(product, to))
          .map((product) => ({ product_id: product.id, sales_channel_id: to })),
      }
    })
    associateProductsWithSalesChannelsStep({ links: moves.attach })
    detachProductsFromSalesChannelsStep({ links: moves.detach })
    return new WorkflowResponse(moves.product_ids)
  },
)
