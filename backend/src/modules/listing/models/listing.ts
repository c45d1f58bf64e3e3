import { model } from "@medusajs/framework/utils"
import ListingRevision from "./listing-revision"

/**
 * Where a product stands in the marketplace. Only `live` sells: the product's own Medusa
 * `status` follows the state (`live` is `published`, everything else `draft`).
 */
export const listingStates = ["draft", "in_review", "live", "rejected", "archived"] as const
export type ListingState = (typeof listingStates)[number]

/**
 * The marketplace life of one product, linked to it one to one. The product holds what is sold
 * (texts, images, variants, prices); the listing holds who asked for review, who decided and
 * why. `submitted_by` is a cooperative member's id, `decided_by` a staff user's id.
 */
const Listing = model
  .define("listing", {
    id: model.id({ prefix: "lst" }).primaryKey(),
    state: model.enum([...listingStates]).default("draft"),
    rejection_reason: model.text().nullable(),
    submitted_at: model.dateTime().nullable(),
    submitted_by: model.text().nullable(),
    decided_at: model.dateTime().nullable(),
    decided_by: model.text().nullable(),
    // Set on the first approval and never cleared: a listing that has sold once is archived, not deleted.
    first_live_at: model.dateTime().nullable(),
    archived_at: model.dateTime().nullable(),
    revisions: model.hasMany(() => ListingRevision, { mappedBy: "listing" }),
  })
  .cascades({ delete: ["revisions"] })
  // Staff's review queue lists listings by state.
  .indexes([{ on: ["state"] }])

export default Listing
