import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { LISTING_MODULE } from "../../../../../modules/listing"
import type { ListingState } from "../../../../../modules/listing/models/listing"
import type ListingModuleService from "../../../../../modules/listing/service"
import { listingStateOf } from "../../../../vendor/products/read-vendor-products"

const fields = [
  "id",
  "status",
  "cooperative.id",
  "cooperative.handle",
  "cooperative.name",
  "cooperative.region",
  "cooperative.province",
  "cooperative.commune",
  "cooperative.status",
  "cooperative.status_reason",
  "cooperative.women_led",
  "cooperative.rural",
  "provenance.*",
  "listing.id",
  "listing.state",
  "listing.rejection_reason",
  "listing.submitted_at",
  "listing.decided_at",
  "listing.first_live_at",
]

/**
 * `GET /admin/products/:id/cooperative`: for the widget on Medusa Admin's product page, the
 * product's cooperative, its provenance (weavers' names included: staff see them whatever the
 * consent, the store does not) and where its listing stands, with its pending change if any.
 * A product made by staff may have no cooperative or provenance: those are null.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields,
    filters: { id: req.params.id },
  })
  // The listing link is ours, so Medusa's generated product type does not know it.
  const product = data[0] as (typeof data)[number] & { listing?: { id: string; state: ListingState } | null }
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${req.params.id} was not found`)
  const listing = product.listing ?? null
  const [pending] = listing
    ? await req.scope
        .resolve<ListingModuleService>(LISTING_MODULE)
        .listListingRevisions({ listing_id: listing.id, status: "pending" }, { select: ["id", "updated_at"], take: 1 })
    : []
  res.json({
    cooperative: product.cooperative ?? null,
    provenance: product.provenance ?? null,
    listing: { ...(listing ?? { id: null }), state: listingStateOf(product) },
    pending_revision: pending ?? null,
  })
}
