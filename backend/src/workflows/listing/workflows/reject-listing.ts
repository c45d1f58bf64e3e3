import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { moveListingWorkflow } from "./move-listing"

export type RejectListingWorkflowInput = { product_id: string; staff_user_id: string; reason: string }

export const rejectListingWorkflowId = "reject-listing"

/**
 * Staff reject a listing in review with a reason the member reads on the listing; emits
 * `listing.rejected`. A blank reason is INVALID_DATA; a listing not in review NOT_ALLOWED.
 */
export const rejectListingWorkflow = createWorkflow(rejectListingWorkflowId, (input: RejectListingWorkflowInput) => {
  const move = transform({ input }, ({ input }) => ({
    product_id: input.product_id,
    action: "reject" as const,
    actor_id: input.staff_user_id,
    reason: input.reason,
  }))
  return new WorkflowResponse(moveListingWorkflow.runAsStep({ input: move }))
})
