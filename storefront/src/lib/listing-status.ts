import type { ListingState, VendorProduct } from "./listing-product"

/** What a member can do to a listing from its page (messages `PortalListings.actions.<action>`). */
export type ListingAction = "edit" | "submit" | "withdraw" | "archive" | "delete"

/**
 * The actions that fit a listing's state, in the order the page offers them: the backend's state
 * machine allows the same (a listing in review is frozen until withdrawn; archived is final).
 * Only a draft that was never live may be deleted; any other is archived instead.
 */
export function listingActionsFor(listing: Pick<VendorProduct["listing"], "state" | "first_live_at">): ListingAction[] {
  const byState: Record<ListingState, ListingAction[]> = {
    draft: ["edit", "submit", listing.first_live_at ? "archive" : "delete"],
    rejected: ["edit", "submit", "archive"],
    in_review: ["withdraw", "archive"],
    live: ["edit", "archive"],
    archived: [],
  }
  return byState[listing.state]
}

/** Staff's reason for refusing the listing, or the latest change to it, if that is where it stands. */
export type StaffReason = { kind: "listing" | "revision"; reason: string }

/**
 * Why staff said no, when that is what the member has to fix now: the listing's own rejection
 * while it is rejected, else the rejection of its latest proposed change (a live listing keeps
 * selling as it was).
 */
export function staffReasonOf(product: Pick<VendorProduct, "listing" | "revision">): StaffReason | null {
  const { listing, revision } = product
  if (listing.state === "rejected" && listing.rejection_reason) return { kind: "listing", reason: listing.rejection_reason }
  if (revision?.status === "rejected" && revision.reason) return { kind: "revision", reason: revision.reason }
  return null
}

/** Whether a change of a live listing waits for staff (the shop still shows the live version). */
export function hasPendingRevision(product: Pick<VendorProduct, "revision">): boolean {
  return product.revision?.status === "pending"
}
