import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ListingChanges } from "../../../../modules/listing/changes"
import type { ListingState } from "../../../../modules/listing/models/listing"
import { baseText } from "../../../../workflows/listing/product-texts"
import { readVendorProducts } from "../../../vendor/products/read-vendor-products"
import type { ReviewKind, ReviewQueueQuery } from "../validators"
import { type FieldChange, newListingChanges, type ReviewedProduct, revisionChanges } from "./compare-listing"

/** One thing waiting for staff, before the page's details are read. */
type Entry = {
  kind: ReviewKind
  /** The listing's id for a new listing, the revision's for a change. */
  id: string
  listing_id: string
  listing_state: ListingState
  product_id: string
  cooperative_id: string | null
  submitted_at: string
  submitted_by: string | null
  changes: ListingChanges | null
}

type ProductRef = { id: string; cooperative?: { id: string } | null } | null
type CooperativeRef = { id: string; handle: string; name: string; province: string; status: string }
type MemberRef = { id: string; email: string; first_name: string; last_name: string }

/**
 * Listings in review and pending revisions, merged oldest first: staff work through the queue in
 * the order cooperatives asked. The queue is read whole (ids and dates only) and paged here,
 * since it spans two tables; it holds what a few staff have not yet decided, tens of rows.
 */
async function queueEntries(scope: MedusaContainer, kind: ReviewKind | undefined): Promise<Entry[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const [listings, revisions] = await Promise.all([
    kind === "revision"
      ? []
      : query
          .graph({
            entity: "listing",
            fields: ["id", "state", "submitted_at", "submitted_by", "updated_at", "product.id", "product.cooperative.id"],
            filters: { state: "in_review" },
          })
          .then(({ data }) => data),
    kind === "listing"
      ? []
      : query
          .graph({
            entity: "listing_revision",
            fields: ["id", "changes", "submitted_by", "updated_at", "listing.id", "listing.state", "listing.product.id", "listing.product.cooperative.id"],
            filters: { status: "pending" },
          })
          .then(({ data }) => data),
  ])
  const entries: Entry[] = []
  for (const listing of listings) {
    const product = listing.product as ProductRef
    if (!product) continue
    entries.push({
      kind: "listing",
      id: listing.id,
      listing_id: listing.id,
      listing_state: listing.state,
      product_id: product.id,
      cooperative_id: product.cooperative?.id ?? null,
      submitted_at: new Date(listing.submitted_at ?? listing.updated_at).toISOString(),
      submitted_by: listing.submitted_by,
      changes: null,
    })
  }
  for (const revision of revisions) {
    const product = revision.listing?.product as ProductRef
    if (!product) continue
    entries.push({
      kind: "revision",
      id: revision.id,
      listing_id: revision.listing.id,
      listing_state: revision.listing.state,
      product_id: product.id,
      cooperative_id: product.cooperative?.id ?? null,
      // A later edit merges into the pending revision, so its last update is when it was last submitted.
      submitted_at: new Date(revision.updated_at).toISOString(),
      submitted_by: revision.submitted_by,
      changes: revision.changes as ListingChanges,
    })
  }
  return entries.sort((a, b) => Date.parse(a.submitted_at) - Date.parse(b.submitted_at) || a.id.localeCompare(b.id))
}

/**
 * A page of staff's review queue: each pending listing or change with its product, its
 * cooperative, the member who submitted it, and the comparison of what would go on sale
 * with what is on sale now (`changes`).
 */
export async function readReviewQueue(scope: MedusaContainer, { kind, cooperative_id, limit, offset }: ReviewQueueQuery) {
  const all = (await queueEntries(scope, kind)).filter((entry) => !cooperative_id || entry.cooperative_id === cooperative_id)
  const page = all.slice(offset, offset + limit)
  if (!page.length) return { items: [], count: all.length, limit, offset }

  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const cooperativeIds = [...new Set(page.flatMap((entry) => (entry.cooperative_id ? [entry.cooperative_id] : [])))]
  const memberIds = [...new Set(page.flatMap((entry) => (entry.submitted_by ? [entry.submitted_by] : [])))]
  const [products, cooperatives, members]: [Awaited<ReturnType<typeof readVendorProducts>>, CooperativeRef[], MemberRef[]] = await Promise.all([
    readVendorProducts(scope, [...new Set(page.map((entry) => entry.product_id))]),
    cooperativeIds.length
      ? query
          .graph({ entity: "cooperative", fields: ["id", "handle", "name", "province", "status"], filters: { id: cooperativeIds } })
          .then(({ data }) => data)
      : [],
    memberIds.length
      ? query
          .graph({ entity: "cooperative_member", fields: ["id", "email", "first_name", "last_name"], filters: { id: memberIds } })
          .then(({ data }) => data)
      : [],
  ])

  const items = page.flatMap((entry) => {
    const product = products.find((candidate) => candidate.id === entry.product_id)
    // Deleted between the two reads: nothing left to review.
    if (!product) return []
    const reviewed = product as unknown as ReviewedProduct
    const changes: FieldChange[] = entry.changes ? revisionChanges(reviewed, entry.changes) : newListingChanges(reviewed)
    return [
      {
        kind: entry.kind,
        id: entry.id,
        listing_id: entry.listing_id,
        listing_state: entry.listing_state,
        submitted_at: entry.submitted_at,
        submitted_by: members.find((member) => member.id === entry.submitted_by) ?? null,
        cooperative: cooperatives.find((cooperative) => cooperative.id === entry.cooperative_id) ?? null,
        product: { id: product.id, handle: product.handle, title: baseText(reviewed.title) ?? null, thumbnail: product.thumbnail, status: product.status },
        changes,
      },
    ]
  })
  return { items, count: all.length, limit, offset }
}
