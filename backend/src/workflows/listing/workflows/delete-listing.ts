import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteProductsWorkflow, emitEventStep } from "@medusajs/medusa/core-flows"
import { ListingEvents } from "../events"
import { checkDeletableStep } from "../steps/check-deletable"
import { ensureListingWorkflow } from "./ensure-listing"

export type DeleteListingWorkflowInput = { product_id: string; member_id: string }

export const deleteListingWorkflowId = "delete-listing"

/**
 * A member deletes a draft that was never live, with its product (through Medusa's
 * `deleteProductsWorkflow`, whose link cascade also removes the listing and the provenance).
 * Anything that was ever live must be archived instead (NOT_ALLOWED). Emits `listing.deleted`.
 */
export const deleteListingWorkflow = createWorkflow(deleteListingWorkflowId, (input: DeleteListingWorkflowInput) => {
  const loaded = ensureListingWorkflow.runAsStep({ input: { product_id: input.product_id } })
  checkDeletableStep(loaded)
  deleteProductsWorkflow.runAsStep({ input: { ids: [input.product_id] } })
  const event = transform({ input, loaded }, ({ input, loaded }) => ({
    eventName: ListingEvents.DELETED,
    data: { id: input.product_id, listing_id: loaded.listing.id, member_id: input.member_id },
  }))
  emitEventStep(event)
  return new WorkflowResponse(input.product_id)
})
