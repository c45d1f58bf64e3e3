import type { ListingState } from "../../../modules/listing/models/listing"
import { listingStateOf, stockOf, type VariantInventory } from "../products/read-vendor-products"

/** At most this many rows in each list of the portal's home page: the rest are on the listings page. */
const SUMMARY_ROWS = 10

/**
 * A live piece is "low" with one left: the next sale empties it. A one-of-a-kind piece always
 * has one at most, so it shows only once none is left (sold, or held by an order).
 */
const LOW_STOCK = 1

type Revision = { status: string; reason: string | null; created_at: string; decided_at: string | null } | null

/** One product of the cooperative, as the summary reads it in one graph call. */
export type SummaryProduct = {
  id: string
  status: string
  title: string | null
  created_at: string
  provenance?: { one_of_a_kind: boolean | null } | null
  listing?: { state: ListingState; rejection_reason: string | null; decided_at: string | null; revisions?: Revision[] | null } | null
  variants?: ((VariantInventory & { id: string; title: string; manage_inventory: boolean }) | null)[] | null
}

type ToFix = { id: string; reason: string | null; kind: "listing" | "revision" }
type LowStock = { id: string; variant_id: string; variant_title: string; available: number }

/** Rejected listings, and live listings whose latest change staff rejected: newest decision first. */
function toFix(products: SummaryProduct[]): ToFix[] {
  const found: (ToFix & { decided_at: string })[] = []
  for (const product of products) {
    const listing = product.listing
    if (listing?.state === "rejected") {
      found.push({ id: product.id, reason: listing.rejection_reason, kind: "listing", decided_at: listing.decided_at ?? product.created_at })
    }
    if (listing?.state !== "live") continue
    const [latest] = (listing.revisions ?? [])
      .filter((revision) => !!revision)
      .sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at))
    if (latest?.status === "rejected") {
      found.push({ id: product.id, reason: latest.reason, kind: "revision", decided_at: latest.decided_at ?? latest.created_at })
    }
  }
  return found
    .sort((a, b) => Date.parse(b.decided_at) - Date.parse(a.decided_at))
    .slice(0, SUMMARY_ROWS)
    .map(({ id, reason, kind }) => ({ id, reason, kind }))
}

/** Variants of live listings running out (see LOW_STOCK), emptiest first, then newest product first. */
function lowStock(products: SummaryProduct[]): LowStock[] {
  return products
    .filter((product) => listingStateOf(product) === "live")
    .sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at) || a.id.localeCompare(b.id))
    .flatMap((product) => {
      const low = product.provenance?.one_of_a_kind ? 0 : LOW_STOCK
      return (product.variants ?? []).flatMap((variant) => {
        // A variant without managed inventory never runs out.
        if (!variant?.manage_inventory) return []
        const { stock, reserved } = stockOf(variant)
        const available = stock - reserved
        return available <= low ? [{ id: product.id, variant_id: variant.id, variant_title: variant.title, available }] : []
      })
    })
    .sort((a, b) => a.available - b.available)
    .slice(0, SUMMARY_ROWS)
}

/** Listing counts by state, and what needs the member's hand (titles are added by the caller). */
export function summarizeListings(products: SummaryProduct[]) {
  const listings: Record<ListingState, number> = { draft: 0, in_review: 0, live: 0, rejected: 0, archived: 0 }
  for (const product of products) listings[listingStateOf(product)] += 1
  return { listings, to_fix: toFix(products), low_stock: lowStock(products) }
}
