import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { movePartWorkflow } from "../../../../../workflows/cooperative-order/workflows/move-part"
import { vendorScope } from "../../../scope"
import { readVendorOrder } from "../../read-vendor-orders"

/** The cooperative accepts a new order: it will prepare and send it. */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const cooperativeId = vendorScope(req).cooperativeId!
  await movePartWorkflow(req.scope).run({ input: { id: req.params.id, cooperative_id: cooperativeId, move: "accept" } })
  res.json({ order: await readVendorOrder(req.scope, cooperativeId, req.params.id) })
}
