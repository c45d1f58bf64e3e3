import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setListingStockWorkflow } from "../../../../../workflows/listing/workflows/set-listing-stock"
import { vendorScope } from "../../../scope"
import { readVendorProduct } from "../../read-vendor-products"
import type { SetStockBody } from "../../validators"

/** Sets the pieces in stock per variant at once, without review. */
export const POST = async (req: MedusaRequest<SetStockBody>, res: MedusaResponse) => {
  const { memberId } = vendorScope(req)
  await setListingStockWorkflow(req.scope).run({
    input: { product_id: req.params.id, member_id: memberId, variants: req.validatedBody.variants },
  })
  res.json({ product: await readVendorProduct(req.scope, req.params.id) })
}
