import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CooperativeReviewEvents } from "../events"
import { changeCooperativeStatusStep } from "../steps/change-cooperative-status"

/** A pending cooperative to approve and the staff user who approves it. */
export type ApproveCooperativeInput = { id: string; decided_by: string }

/**
 * Approves a pending application, recording who decided and when, and emits
 * `cooperative.approved`. The cooperative can then list products; it has none live yet, so
 * nothing else changes. Anything but a pending cooperative is refused (NOT_ALLOWED).
 */
export const approveCooperativeWorkflow = createWorkflow("approve-cooperative", (input: ApproveCooperativeInput) => {
  const cooperative = changeCooperativeStatusStep({ id: input.id, from: "pending", status: "approved", decided_by: input.decided_by })
  emitEventStep({ eventName: CooperativeReviewEvents.APPROVED, data: { id: input.id } })
  return new WorkflowResponse(cooperative)
})
