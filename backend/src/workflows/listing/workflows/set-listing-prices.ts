import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { ListingEvents } from "../events"
import { checkListingOpenStep } from "../steps/check-listing-open"
import { prepareVariantPricesStep, type VariantPrices } from "../steps/prepare-variant-prices"
import { ensureListingWorkflow } from "./ensure-listing"

export type SetListingPricesWorkflowInput = { product_id: string; member_id: string; variants: { id: string; prices: VariantPrices }[] }

export const setListingPricesWorkflowId = "set-listing-prices"

/**
 * A member changes variants' prices, at once and without review, in any state but archived: the
 * store shows a live listing's new price immediately (through Medusa's
 * `updateProductVariantsWorkflow`). Emits `listing.price_changed` with the `variant_ids`.
 */
export const setListingPricesWorkflow = createWorkflow(setListingPricesWorkflowId, (input: SetListingPricesWorkflowInput) => {
  const loaded = ensureListingWorkflow.runAsStep({ input: { product_id: input.product_id } })
  checkListingOpenStep(loaded)
  const prices = prepareVariantPricesStep({ product_id: input.product_id, variants: input.variants })
  updateProductVariantsWorkflow.runAsStep({ input: prices })
  const event = transform({ input, loaded }, ({ input, loaded }) => ({
    eventName: ListingEvents.PRICE_CHANGED,
    data: { id: input.product_id, listing_id: loaded.listing.id, variant_ids: input.variants.map((variant) => variant.id) },
  }))
  emitEventStep(event)
  return new WorkflowResponse(input.product_id)
})
