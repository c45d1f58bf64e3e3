import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LISTING_MODULE } from "../../../modules/listing"
import type { ListingChanges } from "../../../modules/listing/changes"
import type ListingModuleService from "../../../modules/listing/service"

export type ProposeRevisionStepInput = { listing_id: string; member_id: string; changes: ListingChanges }

type Undo = { created: string } | { restore: { id: string; changes: ListingChanges; submitted_by: string } }

/**
 * Records a change to a live listing as its pending revision (a new one, or merged into the one
 * already pending). The compensation deletes a revision it created, or puts back the pending
 * revision's previous changes exactly (not merged, see `replaceRevisionChanges`).
 */
export const proposeRevisionStep = createStep(
  "propose-listing-revision",
  async ({ listing_id, member_id, changes }: ProposeRevisionStepInput, { container }) => {
    const listings = container.resolve<ListingModuleService>(LISTING_MODULE)
    const [pending] = await listings.listListingRevisions(
      { listing_id, status: "pending" },
      { select: ["id", "changes", "submitted_by"], take: 1 },
    )
    const revision = await listings.proposeRevision(listing_id, changes, member_id)
    const undo: Undo = pending
      ? { restore: { id: pending.id, changes: pending.changes as ListingChanges, submitted_by: pending.submitted_by } }
      : { created: revision.id }
    return new StepResponse(revision, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const listings = container.resolve<ListingModuleService>(LISTING_MODULE)
    if ("created" in undo) await listings.deleteListingRevisions(undo.created)
    else await listings.replaceRevisionChanges(undo.restore.id, undo.restore.changes, undo.restore.submitted_by)
  },
)
