import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ListOrderGroupsQuery } from "../marketplace-validators"
import { lateShipmentDays, readOrderGroups } from "./read-order-groups"

/**
 * `GET /admin/order-groups`: customers' orders with their cooperatives' parts, newest first.
 * `status`, `cooperative_id` and `late` filter parts: an order is listed when one of its parts
 * matches them all, and is shown with every part. A part is late when it is still new or
 * accepted `LATE_SHIPMENT_DAYS` days (3 by default) after the order; the answer says how many,
 * for the page to explain its flag.
 */
export const GET = async (req: MedusaRequest<unknown, ListOrderGroupsQuery>, res: MedusaResponse) => {
  const { late, status, cooperative_id, limit, offset } = req.validatedQuery
  const { order_groups, count } = await readOrderGroups(req.scope, { late, status, cooperative_id }, { limit, offset })
  res.json({ order_groups, count, limit, offset, late_shipment_days: lateShipmentDays() })
}
