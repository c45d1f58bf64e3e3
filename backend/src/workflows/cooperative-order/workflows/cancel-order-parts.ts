import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderPartsStep } from "../steps/cancel-order-parts"

/** Cancels the parts not yet sent of a cancelled customer order (see `cancelOrderPartsStep`). */
export const cancelOrderPartsWorkflow = createWorkflow("cancel-order-parts", (input: { order_id: string }) => {
  return new WorkflowResponse(cancelOrderPartsStep(input.order_id))
})
