import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { archiveListingWorkflow } from "../../../../../workflows/listing/workflows/archive-listing"
import { vendorScope } from "../../../scope"
import { readVendorProduct } from "../../read-vendor-products"

/** Stops selling the product for good; it leaves the store and stays in the member's list as archived. */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const { memberId } = vendorScope(req)
  await archiveListingWorkflow(req.scope).run({ input: { product_id: req.params.id, member_id: memberId } })
  res.json({ product: await readVendorProduct(req.scope, req.params.id) })
}
