import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { detailFor, loadLotView } from "../lot-detail"
import { serverTime } from "../lot-summary"
import { lotViewerOf } from "../lot-viewer"

/**
 * `GET /store/auctions/:id`: the lot with its latest bids and, for a logged-in customer, what it
 * means to them. Unknown and deleted lots are 404 alike.
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const now = await serverTime(req.scope)
  const view = await loadLotView(req.scope, req.params.id, { locale: req.locale, now })
  if (!view) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Auction lot ${req.params.id} was not found`)
  const auction = await detailFor(req.scope, view, await lotViewerOf(req, view.lot.cooperative_id))
  res.json({ auction, server_time: now.toISOString() })
}
