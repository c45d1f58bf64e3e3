import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ListingEvents } from "../events"
import { closeRevisionStep } from "../steps/close-revision"
import { requirePendingRevisionStep } from "../steps/require-pending-revision"
import { ensureListingWorkflow } from "./ensure-listing"
import { moveListingWorkflow } from "./move-listing"

export type WithdrawListingWorkflowInput = { product_id: string; member_id: string }

export const withdrawListingWorkflowId = "withdraw-listing"

/**
 * A member takes back what waits for staff: a listing in review returns to draft, and a live
 * listing's pending revision is withdrawn (the live product is untouched). Emits
 * `listing.withdrawn`, with `revision_id` in the second case. Anything else is NOT_ALLOWED.
 */
export const withdrawListingWorkflow = createWorkflow(withdrawListingWorkflowId, (input: WithdrawListingWorkflowInput) => {
  const loaded = ensureListingWorkflow.runAsStep({ input: { product_id: input.product_id } })
  when("withdraw-revision", { loaded }, ({ loaded }) => loaded.listing.state === "live").then(() => {
    const revisionId = requirePendingRevisionStep(loaded)
    closeRevisionStep({ revision_id: revisionId, status: "withdrawn" })
    const event = transform({ loaded, revisionId }, ({ loaded, revisionId }) => ({
      eventName: ListingEvents.WITHDRAWN,
      data: { id: loaded.product_id, listing_id: loaded.listing.id, state: loaded.listing.state, revision_id: revisionId },
    }))
    emitEventStep(event)
  })
  when("withdraw-submission", { loaded }, ({ loaded }) => loaded.listing.state !== "live").then(() => {
    const move = transform({ input }, ({ input }) => ({ product_id: input.product_id, action: "withdraw" as const, actor_id: input.member_id }))
    moveListingWorkflow.runAsStep({ input: move })
  })
  return new WorkflowResponse(loaded.product_id)
})
