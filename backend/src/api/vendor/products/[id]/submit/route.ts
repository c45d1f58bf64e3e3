import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { submitListingWorkflow } from "../../../../../workflows/listing/workflows/submit-listing"
import { vendorScope } from "../../../scope"
import { readVendorProduct } from "../../read-vendor-products"

/** Asks staff to review a draft or rejected listing (it needs at least one photo). */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const { memberId } = vendorScope(req)
  await submitListingWorkflow(req.scope).run({ input: { product_id: req.params.id, member_id: memberId } })
  res.json({ product: await readVendorProduct(req.scope, req.params.id) })
}
