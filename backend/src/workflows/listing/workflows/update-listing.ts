import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { ListingChanges } from "../../../modules/listing/changes"
import { ListingEvents } from "../events"
import { checkListingEditStep } from "../steps/check-listing-edit"
import { proposeRevisionStep } from "../steps/propose-revision"
import { resolveCategoryStep } from "../steps/resolve-category"
import { applyListingChangesWorkflow } from "./apply-listing-changes"
import { ensureListingWorkflow } from "./ensure-listing"

export type UpdateListingWorkflowInput = {
  product_id: string
  member_id: string
  changes: ListingChanges
  /** Image URLs this request uploaded, which `changes.images` may name besides the product's own. */
  uploaded?: string[]
}

export const updateListingWorkflowId = "update-listing"

/**
 * A member changes a listing's texts, category, images or provenance. A draft or rejected
 * listing changes at once (`listing.updated`); a live one keeps selling unchanged while the
 * change waits for staff as its pending revision (`listing.revision_submitted`, with
 * `revision_id`). A listing in review or archived is NOT_ALLOWED; a bad category, image or
 * provenance INVALID_DATA, before anything is written.
 */
export const updateListingWorkflow = createWorkflow(updateListingWorkflowId, (input: UpdateListingWorkflowInput) => {
  const loaded = ensureListingWorkflow.runAsStep({ input: { product_id: input.product_id } })
  const check = transform({ input, loaded }, ({ input, loaded }) => ({ loaded, changes: input.changes, uploaded: input.uploaded }))
  const mode = checkListingEditStep(check)
  // Checked for both modes, so a revision never names a category its approval could not apply.
  resolveCategoryStep(transform({ input }, ({ input }) => ({ handle: input.changes.category })))

  when("apply-in-place", { mode }, ({ mode }) => mode === "direct").then(() => {
    applyListingChangesWorkflow.runAsStep({ input: { product_id: input.product_id, changes: input.changes } })
    const event = transform({ input, loaded }, ({ input, loaded }) => ({
      eventName: ListingEvents.UPDATED,
      data: { id: input.product_id, listing_id: loaded.listing.id, fields: Object.keys(input.changes) },
    }))
    emitEventStep(event).config({ name: "emit-listing-updated" })
  })
  when("propose-revision", { mode }, ({ mode }) => mode === "revision").then(() => {
    const proposal = transform({ input, loaded }, ({ input, loaded }) => ({
      listing_id: loaded.listing.id,
      member_id: input.member_id,
      changes: input.changes,
    }))
    const revision = proposeRevisionStep(proposal)
    const event = transform({ input, loaded, revision }, ({ input, loaded, revision }) => ({
      eventName: ListingEvents.REVISION_SUBMITTED,
      data: { id: input.product_id, listing_id: loaded.listing.id, revision_id: revision.id, fields: Object.keys(input.changes) },
    }))
    emitEventStep(event).config({ name: "emit-listing-revision-submitted" })
  })
  return new WorkflowResponse(mode)
})
