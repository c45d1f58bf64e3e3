import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { LoadedListing } from "./load-listing"

/**
 * Only a draft that was never live may be deleted: once a product has been on sale, orders and
 * reviews may point at it, so it is archived instead (NOT_ALLOWED says so).
 */
export const checkDeletableStep = createStep("check-listing-deletable", async (loaded: LoadedListing) => {
  const listing = loaded.listing
  if (listing?.state !== "draft" || listing.first_live_at) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `state: only a draft that was never live can be deleted, this one ${listing?.first_live_at ? "was live" : `is ${listing?.state}`}; archive it instead`,
    )
  }
  return new StepResponse(loaded.product_id)
})
