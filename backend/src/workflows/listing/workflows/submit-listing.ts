import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { moveListingWorkflow } from "./move-listing"

export type SubmitListingWorkflowInput = { product_id: string; member_id: string }

export const submitListingWorkflowId = "submit-listing"

/**
 * A member asks staff to review a draft or rejected listing (`in_review`), which needs at least
 * one photo; emits `listing.submitted`. Anything else is NOT_ALLOWED.
 */
export const submitListingWorkflow = createWorkflow(submitListingWorkflowId, (input: SubmitListingWorkflowInput) => {
  const move = transform({ input }, ({ input }) => ({ product_id: input.product_id, action: "submit" as const, actor_id: input.member_id }))
  return new WorkflowResponse(moveListingWorkflow.runAsStep({ input: move }))
})
