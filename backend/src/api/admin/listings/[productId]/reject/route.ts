import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rejectListingWorkflow } from "../../../../../workflows/listing/workflows/reject-listing"
import { readVendorProduct } from "../../../../vendor/products/read-vendor-products"
import type { ReasonBody } from "../../../validators"

/**
 * `POST /admin/listings/:productId/reject`: the listing goes back to its cooperative with the
 * reason, which the member reads on the product. Answers with the product as the member sees it.
 */
export const POST = async (req: AuthenticatedMedusaRequest<ReasonBody>, res: MedusaResponse) => {
  await rejectListingWorkflow(req.scope).run({
    input: { product_id: req.params.productId, staff_user_id: req.auth_context.actor_id, reason: req.validatedBody.reason },
  })
  res.json({ product: await readVendorProduct(req.scope, req.params.productId) })
}
