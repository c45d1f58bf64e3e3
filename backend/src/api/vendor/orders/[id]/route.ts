import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { vendorScope } from "../../scope"
import { readVendorOrder } from "../read-vendor-orders"

/** One part of the member's cooperative; any other id answers 404. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ order: await readVendorOrder(req.scope, vendorScope(req).cooperativeId!, req.params.id) })
}
