import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { LISTING_MODULE } from "../../../modules/listing"
import { createListingStep, type CreateListingStepInput } from "../steps/create-listing"
import { type LoadedListing, loadListingStep } from "../steps/load-listing"

/** A product with its listing, which now exists. */
export type EnsuredListing = Omit<LoadedListing, "listing"> & { listing: NonNullable<LoadedListing["listing"]> }

export const ensureListingWorkflowId = "ensure-listing"

/**
 * Reads a product's listing, creating it when the product has none: products made before the
 * listing module, or by staff in Medusa Admin, get one matching what the store shows (a
 * published product is live, any other a draft). Every listing workflow starts here, so those
 * products follow the same rules as the ones cooperatives create. NOT_FOUND for an unknown product.
 */
export const ensureListingWorkflow = createWorkflow(ensureListingWorkflowId, (input: { product_id: string }) => {
  const loaded = loadListingStep(input)
  const created = when("create-missing-listing", { loaded }, ({ loaded }) => !loaded.listing).then(() => {
    const data = transform({ loaded }, ({ loaded }): CreateListingStepInput =>
      loaded.product_status === "published" ? { state: "live", first_live_at: new Date() } : { state: "draft" },
    )
    const listing = createListingStep(data)
    const link = transform({ loaded, listing }, ({ loaded, listing }) => [
      { [Modules.PRODUCT]: { product_id: loaded.product_id }, [LISTING_MODULE]: { listing_id: listing.id } },
    ])
    createRemoteLinkStep(link)
    return listing
  })
  const ensured = transform({ loaded, created }, ({ loaded, created }): EnsuredListing => ({
    ...loaded,
    listing: loaded.listing ?? { id: created!.id, state: created!.state, first_live_at: created!.first_live_at },
  }))
  return new WorkflowResponse(ensured)
})
