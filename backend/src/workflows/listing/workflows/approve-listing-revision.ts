import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ListingEvents } from "../events"
import { closeRevisionStep } from "../steps/close-revision"
import { loadRevisionStep } from "../steps/load-revision"
import { applyListingChangesWorkflow } from "./apply-listing-changes"

export type ApproveListingRevisionWorkflowInput = { revision_id: string; staff_user_id: string }

export const approveListingRevisionWorkflowId = "approve-listing-revision"

/**
 * Staff approve a live listing's pending revision: it is applied to the product, which the store
 * then shows changed. Emits `listing.revision_approved`. A revision already decided or withdrawn,
 * or whose listing is no longer live, is NOT_ALLOWED.
 */
export const approveListingRevisionWorkflow = createWorkflow(
  approveListingRevisionWorkflowId,
  (input: ApproveListingRevisionWorkflowInput) => {
    const revision = loadRevisionStep({ revision_id: input.revision_id, approving: true })
    const closed = closeRevisionStep({ revision_id: input.revision_id, status: "approved", decided_by: input.staff_user_id })
    applyListingChangesWorkflow.runAsStep({
      input: transform({ revision }, ({ revision }) => ({ product_id: revision.product_id, changes: revision.changes })),
    })
    const event = transform({ revision }, ({ revision }) => ({
      eventName: ListingEvents.REVISION_APPROVED,
      data: { id: revision.product_id, listing_id: revision.listing_id, revision_id: revision.id, fields: Object.keys(revision.changes) },
    }))
    emitEventStep(event)
    return new WorkflowResponse(closed)
  },
)
