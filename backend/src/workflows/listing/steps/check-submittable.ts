import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { LoadedListing } from "./load-listing"

/** Staff review what customers will see: a listing goes to review with at least one photo. */
export const checkSubmittableStep = createStep("check-listing-submittable", async (loaded: LoadedListing) => {
  if (!loaded.images.length) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "images: add at least one photo before submitting for review")
  }
  return new StepResponse(loaded.product_id)
})
