import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readAdminAuction } from "../read-admin-auction"

/** `GET /admin/auctions/:id`: the lot with every bid and bidder's email, and its offers. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ auction: await readAdminAuction(req.scope, req.params.id) })
}
