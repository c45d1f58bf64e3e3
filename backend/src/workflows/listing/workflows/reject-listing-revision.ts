import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ListingEvents } from "../events"
import { closeRevisionStep } from "../steps/close-revision"
import { loadRevisionStep } from "../steps/load-revision"

export type RejectListingRevisionWorkflowInput = { revision_id: string; staff_user_id: string; reason: string }

export const rejectListingRevisionWorkflowId = "reject-listing-revision"

/**
 * Staff reject a pending revision with a reason for the member; the live product stays as it
 * is. Emits `listing.revision_rejected`. A blank reason is INVALID_DATA; a revision already
 * decided or withdrawn NOT_ALLOWED.
 */
export const rejectListingRevisionWorkflow = createWorkflow(
  rejectListingRevisionWorkflowId,
  (input: RejectListingRevisionWorkflowInput) => {
    const revision = loadRevisionStep({ revision_id: input.revision_id, approving: false })
    const closed = closeRevisionStep({
      revision_id: input.revision_id,
      status: "rejected",
      decided_by: input.staff_user_id,
      reason: input.reason,
    })
    const event = transform({ revision, closed }, ({ revision, closed }) => ({
      eventName: ListingEvents.REVISION_REJECTED,
      data: { id: revision.product_id, listing_id: revision.listing_id, revision_id: revision.id, reason: closed.reason },
    }))
    emitEventStep(event)
    return new WorkflowResponse(closed)
  },
)
