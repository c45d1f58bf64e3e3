import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CooperativeReviewEvents } from "../events"
import { changeCooperativeStatusStep } from "../steps/change-cooperative-status"

/** A pending cooperative to reject, why (shown to its members) and the staff user who decides. */
export type RejectCooperativeInput = { id: string; reason: string; decided_by: string }

/**
 * Rejects a pending application with its reason, recording who decided and when, and emits
 * `cooperative.rejected`. A blank reason is refused (INVALID_DATA), as is anything but a pending
 * cooperative (NOT_ALLOWED).
 */
export const rejectCooperativeWorkflow = createWorkflow("reject-cooperative", (input: RejectCooperativeInput) => {
  const cooperative = changeCooperativeStatusStep({
    id: input.id,
    from: "pending",
    status: "rejected",
    reason: input.reason,
    decided_by: input.decided_by,
  })
  emitEventStep({ eventName: CooperativeReviewEvents.REJECTED, data: { id: input.id } })
  return new WorkflowResponse(cooperative)
})
