import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LISTING_MODULE } from "../../../modules/listing"
import type ListingModuleService from "../../../modules/listing/service"
import type { RevisionDecision } from "../../../modules/listing/service"

export type CloseRevisionStepInput = RevisionDecision & { revision_id: string }

/**
 * Ends a pending revision: approved or rejected by staff (a rejection needs a reason), or
 * withdrawn by its member. The compensation makes it pending again.
 */
export const closeRevisionStep = createStep(
  "close-listing-revision",
  async ({ revision_id, ...decision }: CloseRevisionStepInput, { container }) => {
    const revision = await container.resolve<ListingModuleService>(LISTING_MODULE).closeRevision(revision_id, decision)
    return new StepResponse(revision, revision.id)
  },
  async (revisionId, { container }) => {
    if (!revisionId) return
    await container
      .resolve<ListingModuleService>(LISTING_MODULE)
      .updateListingRevisions({ id: revisionId, status: "pending", reason: null, decided_by: null, decided_at: null })
  },
)
