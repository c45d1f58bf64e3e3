import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LISTING_MODULE } from "../../../modules/listing"
import type { ListingState } from "../../../modules/listing/models/listing"
import type ListingModuleService from "../../../modules/listing/service"

export type CreateListingStepInput = { state: ListingState; first_live_at?: Date | null }

/** Creates a listing (linking it to its product is the caller's next step); compensation deletes it. */
export const createListingStep = createStep(
  "create-listing",
  async (input: CreateListingStepInput, { container }) => {
    const listing = await container.resolve<ListingModuleService>(LISTING_MODULE).createListings(input)
    return new StepResponse(listing, listing.id)
  },
  async (listingId, { container }) => {
    if (!listingId) return
    await container.resolve<ListingModuleService>(LISTING_MODULE).deleteListings(listingId)
  },
)
