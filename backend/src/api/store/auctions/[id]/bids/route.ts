import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { AuctionEvents } from "../../../../../workflows/auction/events"
import { bidderRefusalMessages, isBidRefused, sendBidRefusal } from "../../bid-refusal"
import { bidderEligibility } from "../../bidder-eligibility"
import { auctionService, detailFor, loadLotView } from "../../lot-detail"
import { serverTime } from "../../lot-summary"
import type { StorePlaceBidType } from "../../validators"

/**
 * `POST /store/auctions/:id/bids`: a logged-in customer with a verified email, who is not a
 * member of the lot's cooperative, bids `amount` (or up to it, with `max`). The auction module
 * applies the rules under the lot's row lock, in one transaction; a refusal answers with its
 * code (and the minimum for a bid too low) and changes nothing. When the lead changes hands,
 * `auction.outbid` tells the customer who lost it.
 */
export async function POST(req: AuthenticatedMedusaRequest<StorePlaceBidType>, res: MedusaResponse) {
  const lotId = req.params.id
  const customerId = req.auth_context.actor_id
  const auctions = auctionService(req.scope)
  const [lot] = await auctions.listAuctionLots({ id: lotId }, { select: ["id", "cooperative_id"], take: 1 })
  if (!lot) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Auction lot ${lotId} was not found`)

  const eligibility = await bidderEligibility(req.scope, customerId, lot.cooperative_id)
  if (!eligibility.can_bid) return sendBidRefusal(res, { code: eligibility.reason, message: bidderRefusalMessages[eligibility.reason] })

  const { amount, currency_code, max } = req.validatedBody
  let placed: Awaited<ReturnType<typeof auctions.placeBid>>
  try {
    placed = await auctions.placeBid(lotId, { customer_id: customerId, amount, currency_code, max: max ?? false })
  } catch (error) {
    if (isBidRefused(error)) return sendBidRefusal(res, error)
    throw error
  }
  if (placed.outbid_customer_id) {
    await req.scope.resolve(Modules.EVENT_BUS).emit({
      name: AuctionEvents.OUTBID,
      data: { id: lotId, customer_id: placed.outbid_customer_id, current_price: placed.lot.current_price },
    })
  }

  const now = await serverTime(req.scope)
  const view = await loadLotView(req.scope, lotId, { locale: req.locale, now })
  if (!view) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Auction lot ${lotId} was not found`)
  const own = placed.bids.find((bid) => bid.customer_id === customerId && bid.kind !== "auto")!
  res.json({
    auction: await detailFor(req.scope, view, { customer_id: customerId, eligibility }),
    bid: { position: own.position, amount: own.amount, max_amount: own.max_amount },
    server_time: now.toISOString(),
  })
}
