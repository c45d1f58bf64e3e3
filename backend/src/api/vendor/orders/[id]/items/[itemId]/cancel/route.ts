import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelPartItemWorkflow } from "../../../../../../../workflows/cooperative-order/workflows/cancel-part-item"
import { vendorScope } from "../../../../../scope"
import { readVendorOrder } from "../../../../read-vendor-orders"
import type { CancelItemBody } from "../../../../validators"

/** The cooperative cannot supply this item: cancelled with its reason, the customer refunded for it. */
export const POST = async (req: MedusaRequest<CancelItemBody>, res: MedusaResponse) => {
  const cooperativeId = vendorScope(req).cooperativeId!
  const { result } = await cancelPartItemWorkflow(req.scope).run({
    input: { id: req.params.id, cooperative_id: cooperativeId, item_id: req.params.itemId, reason: req.validatedBody.reason },
  })
  res.json({
    order: await readVendorOrder(req.scope, cooperativeId, req.params.id),
    refund_amount: result.refund_amount,
  })
}
