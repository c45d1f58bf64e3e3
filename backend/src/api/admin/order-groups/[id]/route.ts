import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readOrderGroup } from "../read-order-groups"

/** `GET /admin/order-groups/:id` (the customer's order id): the order's parts with their lines and commissions. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ order_group: await readOrderGroup(req.scope, req.params.id) })
}
