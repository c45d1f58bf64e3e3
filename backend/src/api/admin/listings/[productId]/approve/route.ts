import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { approveListingWorkflow } from "../../../../../workflows/listing/workflows/approve-listing"
import { readVendorProduct } from "../../../../vendor/products/read-vendor-products"
import type { EmptyBody } from "../../../validators"

/**
 * `POST /admin/listings/:productId/approve`: the listing goes live and its product into the
 * store. Answers with the product as its cooperative now sees it.
 */
export const POST = async (req: AuthenticatedMedusaRequest<EmptyBody>, res: MedusaResponse) => {
  await approveListingWorkflow(req.scope).run({ input: { product_id: req.params.productId, staff_user_id: req.auth_context.actor_id } })
  res.json({ product: await readVendorProduct(req.scope, req.params.productId) })
}
