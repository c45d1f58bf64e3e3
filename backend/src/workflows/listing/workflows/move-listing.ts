import { ProductStatus } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import type { ListingAction } from "../../../modules/listing/state-transitions"
import { ListingEvents } from "../events"
import { checkSubmittableStep } from "../steps/check-submittable"
import { moveListingStep } from "../steps/move-listing"
import { ensureListingWorkflow } from "./ensure-listing"

export type MoveListingWorkflowInput = {
  product_id: string
  action: ListingAction
  /** The member (submit, withdraw, archive) or staff user (approve, reject) acting. */
  actor_id: string
  reason?: string | null
}

const events: Record<ListingAction, string> = {
  submit: ListingEvents.SUBMITTED,
  withdraw: ListingEvents.WITHDRAWN,
  approve: ListingEvents.APPROVED,
  reject: ListingEvents.REJECTED,
  archive: ListingEvents.ARCHIVED,
}

export const moveListingWorkflowId = "move-listing"

/**
 * One move of a listing's state machine, shared by the submit, withdraw, approve, reject and
 * archive workflows: refuses illegal moves (NOT_ALLOWED), records who acted, makes the product's
 * status follow (live is published, anything else draft) and emits the action's event with the
 * product's `id`, the `listing_id`, the new `state` and any `reason`.
 */
export const moveListingWorkflow = createWorkflow(moveListingWorkflowId, (input: MoveListingWorkflowInput) => {
  const loaded = ensureListingWorkflow.runAsStep({ input: { product_id: input.product_id } })
  when("check-submittable", { input }, ({ input }) => input.action === "submit").then(() => {
    checkSubmittableStep(loaded)
  })
  const move = transform({ input, loaded }, ({ input, loaded }) => ({
    listing_id: loaded.listing.id,
    action: input.action,
    actor_id: input.actor_id,
    reason: input.reason,
  }))
  const listing = moveListingStep(move)
  const status = transform({ listing }, ({ listing }) => (listing.state === "live" ? ProductStatus.PUBLISHED : ProductStatus.DRAFT))
  when("sync-product-status", { loaded, status }, ({ loaded, status }) => loaded.product_status !== status).then(() => {
    const update = transform({ input, status }, ({ input, status }) => ({ selector: { id: input.product_id }, update: { status } }))
    updateProductsWorkflow.runAsStep({ input: update })
  })
  const event = transform({ input, listing }, ({ input, listing }) => ({
    eventName: events[input.action],
    data: { id: input.product_id, listing_id: listing.id, state: listing.state, reason: listing.rejection_reason },
  }))
  emitEventStep(event)
  return new WorkflowResponse(listing)
})
