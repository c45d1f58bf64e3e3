import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ListingState } from "../../../modules/listing/models/listing"
import { createListingWorkflow } from "../../../workflows/listing/workflows/create-listing"
import { vendorScope } from "../scope"
import { listingStateOf, readVendorProduct, readVendorProducts } from "./read-vendor-products"
import type { CreateProductBody, ListProductsQuery } from "./validators"

type ProductRow = { id: string; status: string; created_at: string; listing?: { state: ListingState } | null }

/**
 * The products of the member's own cooperative, newest first, optionally in one listing state.
 * A cooperative has tens to a few hundred products, so the states are read for all of them and
 * filtered here: products made before listings existed have no listing row yet, and their
 * state comes from the product's status.
 */
export const GET = async (req: MedusaRequest<unknown, ListProductsQuery>, res: MedusaResponse) => {
  const { cooperativeId } = vendorScope(req)
  const { state, limit, offset } = req.validatedQuery
  if (!cooperativeId) return res.json({ products: [], count: 0, limit, offset })
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cooperative",
    fields: ["products.id", "products.status", "products.created_at", "products.listing.state"],
    filters: { id: cooperativeId },
  })
  const products = ((data[0]?.products ?? []) as (ProductRow | null)[])
    .filter((product): product is ProductRow => !!product && (!state || listingStateOf(product) === state))
    .sort((a, b) => new Date(b.created_at).getTime() - new Date(a.created_at).getTime() || a.id.localeCompare(b.id))
  const page = products.slice(offset, offset + limit).map((product) => product.id)
  res.json({ products: await readVendorProducts(req.scope, page), count: products.length, limit, offset })
}

/** Creates a draft product of the member's cooperative; the cooperative comes from the login only. */
export const POST = async (req: MedusaRequest<CreateProductBody>, res: MedusaResponse) => {
  const { memberId, cooperativeId } = vendorScope(req)
  const { result } = await createListingWorkflow(req.scope).run({
    input: { cooperative_id: cooperativeId!, member_id: memberId, product: req.validatedBody },
  })
  res.status(200).json({ product: await readVendorProduct(req.scope, result.product_id) })
}
