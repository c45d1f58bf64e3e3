import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { LoadedListing } from "./load-listing"

/**
 * Prices and stock change in every state but `archived`: a listing in review or live keeps its
 * prices and stock current without a review, an archived one is closed (NOT_ALLOWED).
 */
export const checkListingOpenStep = createStep("check-listing-open", async (loaded: LoadedListing) => {
  if (loaded.listing?.state === "archived") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "state: an archived listing cannot be changed")
  }
  return new StepResponse(loaded.product_id)
})
