import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readAdminCooperative } from "../read-admin-cooperative"

/** `GET /admin/cooperatives/:id`: the cooperative with its members, products and figures. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ cooperative: await readAdminCooperative(req.scope, req.params.id) })
}
