import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ListingChanges } from "../../../modules/listing/changes"
import type { RevisionStatus } from "../../../modules/listing/models/listing-revision"

/** A revision with its listing's state and product, as staff decide on it. */
export type LoadedRevision = {
  id: string
  status: RevisionStatus
  changes: ListingChanges
  listing_id: string
  listing_state: string
  product_id: string
}

/**
 * Reads a revision for a staff decision: NOT_FOUND for an unknown one; NOT_ALLOWED to approve one
 * whose listing is no longer live (archived meanwhile), since it would change a product that is
 * not sold. It can still be rejected.
 */
export const loadRevisionStep = createStep(
  "load-listing-revision",
  async ({ revision_id, approving }: { revision_id: string; approving: boolean }, { container }) => {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "listing_revision",
      fields: ["id", "status", "changes", "listing.id", "listing.state", "listing.product.id"],
      filters: { id: revision_id },
    })
    const revision = data[0]
    if (!revision?.listing?.product) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Listing revision with id: ${revision_id} was not found`)
    }
    if (approving && revision.listing.state !== "live") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `state: the listing is ${revision.listing.state}, so this revision can only be rejected`)
    }
    return new StepResponse<LoadedRevision>({
      id: revision.id,
      status: revision.status,
      changes: revision.changes as ListingChanges,
      listing_id: revision.listing.id,
      listing_state: revision.listing.state,
      product_id: revision.listing.product.id,
    })
  },
)
