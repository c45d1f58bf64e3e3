import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LISTING_MODULE } from "../../../modules/listing"
import type ListingModuleService from "../../../modules/listing/service"
import type { ListingMove } from "../../../modules/listing/service"

export type MoveListingStepInput = ListingMove & { listing_id: string }

// Everything `moveListing` may write, so the compensation restores the listing exactly.
const recorded = [
  "state",
  "rejection_reason",
  "submitted_at",
  "submitted_by",
  "decided_at",
  "decided_by",
  "first_live_at",
  "archived_at",
] as const

/**
 * Applies a member's or staff's action through the listing module, which refuses moves its state
 * machine does not allow (NOT_ALLOWED) and rejections without a reason (INVALID_DATA). The
 * compensation writes back the listing's previous state and decision fields.
 */
export const moveListingStep = createStep(
  "move-listing",
  async ({ listing_id, ...move }: MoveListingStepInput, { container }) => {
    const listings = container.resolve<ListingModuleService>(LISTING_MODULE)
    const previous = await listings.retrieveListing(listing_id, { select: ["id", ...recorded] })
    const listing = await listings.moveListing(listing_id, move)
    return new StepResponse(listing, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const { id, state, rejection_reason, submitted_at, submitted_by, decided_at, decided_by, first_live_at, archived_at } = previous
    await container.resolve<ListingModuleService>(LISTING_MODULE).updateListings({
      id,
      state,
      rejection_reason,
      submitted_at,
      submitted_by,
      decided_at,
      decided_by,
      first_live_at,
      archived_at,
    })
  },
)
