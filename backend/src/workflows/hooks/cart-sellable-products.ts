import { addToCartWorkflow, completeCartWorkflow, createCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertSellable } from "./assert-sellable"

// Only products on sale in the cart's sales channel go into a cart or through checkout.
createCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  await assertSellable(container, (input.items ?? []).map((item) => item.variant_id ?? ""), cart.sales_channel_id)
})

addToCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  await assertSellable(container, (input.items ?? []).map((item) => item.variant_id ?? ""), cart.sales_channel_id)
})

completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  await assertSellable(container, (cart.items ?? []).map((item) => item?.variant_id ?? ""), cart.sales_channel_id)
})
