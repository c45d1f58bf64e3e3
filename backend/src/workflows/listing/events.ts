/**
 * Events the listing workflows emit once they have succeeded, for search and notifications to
 * follow. Every payload carries the product's `id` and the `listing_id`; revision events add
 * `revision_id`, and decisions the `reason` staff gave.
 */
export const ListingEvents = {
  /** A member created a product: a draft listing of their cooperative (`cooperative_id`). */
  CREATED: "listing.created",
  /** A draft or rejected listing's texts, images, category or provenance changed in place. */
  UPDATED: "listing.updated",
  /** A member asked staff to review a listing. */
  SUBMITTED: "listing.submitted",
  /** Staff approved a listing: it is live and its product published. */
  APPROVED: "listing.approved",
  /** Staff rejected a listing, with a `reason` for the member. */
  REJECTED: "listing.rejected",
  /** A member took a listing out of review (back to draft), or withdrew its pending revision (`revision_id`). */
  WITHDRAWN: "listing.withdrawn",
  /** A member archived a listing: its product is no longer sold. */
  ARCHIVED: "listing.archived",
  /** A member deleted a draft that was never live, with its product. */
  DELETED: "listing.deleted",
  /** A member changed a live listing; the change waits for review as a revision. */
  REVISION_SUBMITTED: "listing.revision_submitted",
  /** Staff approved a revision and it was applied to the product. */
  REVISION_APPROVED: "listing.revision_approved",
  /** Staff rejected a revision, with a `reason`; the product is unchanged. */
  REVISION_REJECTED: "listing.revision_rejected",
  /** Prices changed, at once (`variant_ids`). */
  PRICE_CHANGED: "listing.price_changed",
  /** Stock changed, at once (`variant_ids`). */
  STOCK_CHANGED: "listing.stock_changed",
} as const
