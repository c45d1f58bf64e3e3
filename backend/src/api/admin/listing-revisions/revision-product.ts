import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { readVendorProduct } from "../../vendor/products/read-vendor-products"

/**
 * The product a decided revision belongs to, as its cooperative now sees it (with the revision's
 * status and reason). Read after the workflow, which has already answered 404 for an unknown revision.
 */
export async function revisionProduct(scope: MedusaContainer, revisionId: string) {
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "listing_revision",
    fields: ["listing.product.id"],
    filters: { id: revisionId },
  })
  const productId = data[0]?.listing?.product?.id
  if (!productId) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Listing revision with id: ${revisionId} was not found`)
  return readVendorProduct(scope, productId)
}
