import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ListingChanges } from "../../../modules/listing/changes"
import type { ListingState } from "../../../modules/listing/models/listing"
import { type EditMode, editModeOf } from "../../../modules/listing/state-transitions"
import { assertValidProvenance } from "../../../modules/provenance/validate-provenance"
import type { LoadedListing } from "./load-listing"

/** How many photos a product shows: enough for every side and detail of a carpet. */
export const MAX_IMAGES = 10

export type CheckListingEditStepInput = {
  loaded: LoadedListing
  changes: ListingChanges
  /** Image URLs uploaded by this same request, which the change may use besides the product's own. */
  uploaded?: string[]
}

function invalid(message: string): never {
  throw new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

/**
 * Decides how a change applies (in place, or as a revision of a live listing) and checks it
 * before anything is written: NOT_ALLOWED for a listing in review or archived; INVALID_DATA for
 * an image that is not the product's own or freshly uploaded (so a product cannot show
 * pictures from elsewhere), more than {@link MAX_IMAGES} images, or a provenance the module
 * would refuse. A revision's provenance is checked now, against the current one, so staff never
 * approve a change that cannot be applied.
 */
export const checkListingEditStep = createStep(
  "check-listing-edit",
  async ({ loaded, changes, uploaded = [] }: CheckListingEditStepInput, { container }) => {
    const mode: EditMode = editModeOf((loaded.listing?.state ?? "draft") as ListingState)
    if (changes.images) {
      const known = new Set([...loaded.images, ...(loaded.pending_revision?.changes.images ?? []), ...uploaded])
      const foreign = changes.images.findIndex((url) => !known.has(url))
      if (foreign >= 0) invalid(`images.${foreign}: only this product's own images or new uploads can be shown`)
      if (changes.images.length > MAX_IMAGES) invalid(`images: a product shows at most ${MAX_IMAGES} images`)
    }
    if (mode === "revision" && changes.provenance) {
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "product",
        fields: ["provenance.*"],
        filters: { id: loaded.product_id },
      })
      const current = data[0]?.provenance as Record<string, unknown> | null | undefined
      const next = { ...current, ...loaded.pending_revision?.changes.provenance, ...changes.provenance }
      if (!current && (next.technique === undefined || next.materials === undefined)) {
        invalid("provenance.technique and provenance.materials are required: this product has no provenance yet")
      }
      assertValidProvenance(next)
    }
    return new StepResponse(mode)
  },
)
