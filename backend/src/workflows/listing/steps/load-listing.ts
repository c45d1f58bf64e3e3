import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LISTING_MODULE } from "../../../modules/listing"
import type { ListingChanges } from "../../../modules/listing/changes"
import type { ListingState } from "../../../modules/listing/models/listing"
import type ListingModuleService from "../../../modules/listing/service"

/** A product with what the listing workflows decide on: its listing, pending revision and images. */
export type LoadedListing = {
  product_id: string
  product_status: string
  /** Image URLs in display order. */
  images: string[]
  listing: { id: string; state: ListingState; first_live_at: Date | string | null } | null
  pending_revision: { id: string; changes: ListingChanges } | null
}

type ProductRow = {
  id: string
  status: string
  images?: ({ url: string; rank: number } | null)[] | null
  listing?: { id: string; state: ListingState; first_live_at: Date | string | null } | null
}

/** Reads a product's listing and pending revision; NOT_FOUND for an unknown product. */
export const loadListingStep = createStep("load-listing", async ({ product_id }: { product_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "status", "images.url", "images.rank", "listing.id", "listing.state", "listing.first_live_at"],
    filters: { id: product_id },
  })
  const product = data[0] as ProductRow | undefined
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${product_id} was not found`)
  const listing = product.listing ?? null
  const [pending] = listing
    ? await container
        .resolve<ListingModuleService>(LISTING_MODULE)
        .listListingRevisions({ listing_id: listing.id, status: "pending" }, { select: ["id", "changes"], take: 1 })
    : []
  const images = (product.images ?? [])
    .filter((image): image is { url: string; rank: number } => !!image)
    .sort((a, b) => a.rank - b.rank)
    .map((image) => image.url)
  return new StepResponse<LoadedListing>({
    product_id: product.id,
    product_status: product.status,
    images,
    listing: listing && { id: listing.id, state: listing.state, first_live_at: listing.first_live_at },
    pending_revision: pending ? { id: pending.id, changes: pending.changes as ListingChanges } : null,
  })
})
