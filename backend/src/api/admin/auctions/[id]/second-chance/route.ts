import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { offerSecondChanceWorkflow } from "../../../../../workflows/auction/workflows/offer-second-chance"
import { readAdminAuction } from "../../read-admin-auction"

/** `POST /admin/auctions/:id/second-chance`: offers the lot to its next bidder once the current offer expired. */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  await offerSecondChanceWorkflow(req.scope).run({ input: { lot_id: req.params.id } })
  res.json({ auction: await readAdminAuction(req.scope, req.params.id) })
}
