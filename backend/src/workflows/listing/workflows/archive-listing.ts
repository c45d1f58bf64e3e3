import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { closeRevisionStep } from "../steps/close-revision"
import { ensureListingWorkflow } from "./ensure-listing"
import { moveListingWorkflow } from "./move-listing"

export type ArchiveListingWorkflowInput = { product_id: string; member_id: string }

export const archiveListingWorkflowId = "archive-listing"

/**
 * A member stops selling a product for good: the listing is archived, its product goes back to
 * draft (out of the store) and a pending revision is withdrawn, since staff would otherwise
 * review a change to something no longer sold. Emits `listing.archived`; archiving an archived
 * listing is NOT_ALLOWED.
 */
export const archiveListingWorkflow = createWorkflow(archiveListingWorkflowId, (input: ArchiveListingWorkflowInput) => {
  const loaded = ensureListingWorkflow.runAsStep({ input: { product_id: input.product_id } })
  when("withdraw-pending-revision", { loaded }, ({ loaded }) => !!loaded.pending_revision).then(() => {
    const close = transform({ loaded }, ({ loaded }) => ({ revision_id: loaded.pending_revision!.id, status: "withdrawn" as const }))
    closeRevisionStep(close)
  })
  const move = transform({ input }, ({ input }) => ({ product_id: input.product_id, action: "archive" as const, actor_id: input.member_id }))
  return new WorkflowResponse(moveListingWorkflow.runAsStep({ input: move }))
})
