import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { LoadedListing } from "./load-listing"

/**
 * The id of a live listing's pending revision, which is what withdrawing a live listing means;
 * without one there is nothing to withdraw (NOT_ALLOWED), and archiving is how to stop selling.
 */
export const requirePendingRevisionStep = createStep("require-pending-revision", async (loaded: LoadedListing) => {
  if (!loaded.pending_revision) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "state: this live listing has no pending change to withdraw; archive it to stop selling it",
    )
  }
  return new StepResponse(loaded.pending_revision.id)
})
