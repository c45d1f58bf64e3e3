import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withdrawListingWorkflow } from "../../../../../workflows/listing/workflows/withdraw-listing"
import { vendorScope } from "../../../scope"
import { readVendorProduct } from "../../read-vendor-products"

/** Takes a listing out of review (back to draft), or withdraws a live listing's pending change. */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const { memberId } = vendorScope(req)
  await withdrawListingWorkflow(req.scope).run({ input: { product_id: req.params.id, member_id: memberId } })
  res.json({ product: await readVendorProduct(req.scope, req.params.id) })
}
