import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { moveListingWorkflow } from "./move-listing"

export type ApproveListingWorkflowInput = { product_id: string; staff_user_id: string }

export const approveListingWorkflowId = "approve-listing"

/**
 * Staff approve a listing in review: it goes live and its product is published, so the store
 * shows it; emits `listing.approved`. Approving anything not in review is NOT_ALLOWED.
 */
export const approveListingWorkflow = createWorkflow(approveListingWorkflowId, (input: ApproveListingWorkflowInput) => {
  const move = transform({ input }, ({ input }) => ({ product_id: input.product_id, action: "approve" as const, actor_id: input.staff_user_id }))
  return new WorkflowResponse(moveListingWorkflow.runAsStep({ input: move }))
})
