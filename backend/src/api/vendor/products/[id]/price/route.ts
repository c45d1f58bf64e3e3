import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setListingPricesWorkflow } from "../../../../../workflows/listing/workflows/set-listing-prices"
import { vendorScope } from "../../../scope"
import { readVendorProduct } from "../../read-vendor-products"
import type { SetPricesBody } from "../../validators"

/** Changes variants' prices at once, without review, even on a live listing. */
export const POST = async (req: MedusaRequest<SetPricesBody>, res: MedusaResponse) => {
  const { memberId } = vendorScope(req)
  await setListingPricesWorkflow(req.scope).run({
    input: { product_id: req.params.id, member_id: memberId, variants: req.validatedBody.variants },
  })
  res.json({ product: await readVendorProduct(req.scope, req.params.id) })
}
