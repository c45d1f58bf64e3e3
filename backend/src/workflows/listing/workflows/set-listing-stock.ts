import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ListingEvents } from "../events"
import { checkListingOpenStep } from "../steps/check-listing-open"
import { prepareStockLevelsStep } from "../steps/prepare-stock-levels"
import { resolveSellingContextStep } from "../steps/resolve-selling-context"
import { setStockLevelsStep } from "../steps/set-stock-levels"
import { ensureListingWorkflow } from "./ensure-listing"

export type SetListingStockWorkflowInput = { product_id: string; member_id: string; variants: { id: string; stock: number }[] }

export const setListingStockWorkflowId = "set-listing-stock"

/**
 * A member sets how many pieces of each variant are in stock at the shop's warehouse, at once
 * and without review, in any state but archived; never below what open orders reserved. Emits
 * `listing.stock_changed` with the `variant_ids`.
 */
export const setListingStockWorkflow = createWorkflow(setListingStockWorkflowId, (input: SetListingStockWorkflowInput) => {
  const loaded = ensureListingWorkflow.runAsStep({ input: { product_id: input.product_id } })
  checkListingOpenStep(loaded)
  const context = resolveSellingContextStep()
  const levels = prepareStockLevelsStep({ product_id: input.product_id, variants: input.variants })
  setStockLevelsStep(transform({ context, levels }, ({ context, levels }) => ({ location_id: context.location_id, levels })))
  const event = transform({ input, loaded }, ({ input, loaded }) => ({
    eventName: ListingEvents.STOCK_CHANGED,
    data: { id: input.product_id, listing_id: loaded.listing.id, variant_ids: input.variants.map((variant) => variant.id) },
  }))
  emitEventStep(event)
  return new WorkflowResponse(input.product_id)
})
