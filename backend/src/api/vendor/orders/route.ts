import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { vendorScope } from "../scope"
import { readVendorOrders } from "./read-vendor-orders"
import type { ListOrdersQuery } from "./validators"

/** The member's cooperative's parts of customers' orders, newest first, optionally in one status. */
export const GET = async (req: MedusaRequest<unknown, ListOrdersQuery>, res: MedusaResponse) => {
  const { cooperativeId } = vendorScope(req)
  const { status, limit, offset } = req.validatedQuery
  const { orders, count } = await readVendorOrders(
    req.scope,
    { cooperative_id: cooperativeId!, ...(status ? { status } : {}) },
    { skip: offset, take: limit },
  )
  res.json({ orders, count, limit, offset })
}
