import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deliverPartWorkflow } from "../../../../../workflows/cooperative-order/workflows/deliver-part"
import { vendorScope } from "../../../scope"
import { readVendorOrder } from "../../read-vendor-orders"
import type { DeliverOrderBody } from "../../validators"

/** The customer has the parcel; for cash on delivery, with the cash the carrier collected. */
export const POST = async (req: MedusaRequest<DeliverOrderBody>, res: MedusaResponse) => {
  const cooperativeId = vendorScope(req).cooperativeId!
  await deliverPartWorkflow(req.scope).run({ input: { id: req.params.id, cooperative_id: cooperativeId, ...req.validatedBody } })
  res.json({ order: await readVendorOrder(req.scope, cooperativeId, req.params.id) })
}
