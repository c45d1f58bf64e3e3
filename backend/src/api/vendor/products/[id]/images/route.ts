import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addListingImagesWorkflow, type ListingImageFile } from "../../../../../workflows/listing/workflows/add-listing-images"
import { vendorScope } from "../../../scope"
import { readVendorProduct } from "../../read-vendor-products"

/**
 * Adds photos (checked by `uploadImages`) after the product's images: shown at once on a draft,
 * proposed for review on a live listing.
 */
export const POST = async (req: MedusaRequest<{ files: ListingImageFile[] }>, res: MedusaResponse) => {
  const { memberId } = vendorScope(req)
  const { result } = await addListingImagesWorkflow(req.scope).run({
    input: { product_id: req.params.id, member_id: memberId, files: req.validatedBody.files },
  })
  res.json({ files: result, product: await readVendorProduct(req.scope, req.params.id) })
}
