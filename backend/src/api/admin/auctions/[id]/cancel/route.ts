import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelAuctionLotWorkflow } from "../../../../../workflows/auction/workflows/cancel-auction-lot"
import type { ReasonBody } from "../../../validators"
import { readAdminAuction } from "../../read-admin-auction"

/** `POST /admin/auctions/:id/cancel`: cancels a lot not yet paid, with the reason staff give; its open offer is withdrawn. */
export const POST = async (req: MedusaRequest<ReasonBody>, res: MedusaResponse) => {
  await cancelAuctionLotWorkflow(req.scope).run({ input: { lot_id: req.params.id, reason: req.validatedBody.reason } })
  res.json({ auction: await readAdminAuction(req.scope, req.params.id) })
}
