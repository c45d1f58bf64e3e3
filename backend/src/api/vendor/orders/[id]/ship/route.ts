import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { movePartWorkflow } from "../../../../../workflows/cooperative-order/workflows/move-part"
import { vendorScope } from "../../../scope"
import { readVendorOrder } from "../../read-vendor-orders"
import type { ShipOrderBody } from "../../validators"

/** The parcel is with the carrier: records the carrier and tracking number the customer will see. */
export const POST = async (req: MedusaRequest<ShipOrderBody>, res: MedusaResponse) => {
  const cooperativeId = vendorScope(req).cooperativeId!
  await movePartWorkflow(req.scope).run({
    input: { id: req.params.id, cooperative_id: cooperativeId, move: "ship", record: req.validatedBody },
  })
  res.json({ order: await readVendorOrder(req.scope, cooperativeId, req.params.id) })
}
