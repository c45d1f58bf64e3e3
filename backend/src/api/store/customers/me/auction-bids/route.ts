import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { auctionService, offerViewFields, toOfferView } from "../../../auctions/lot-detail"
import { amountOf, lotSummaryFields, serverTime, type SummaryLot, summarizeLots } from "../../../auctions/lot-summary"

type MyBid = { lot_id: string; amount: unknown; max_amount: unknown }

/**
 * `GET /store/customers/me/auction-bids`: every lot the logged-in customer bid on, live ones
 * first (soonest ending), then the others (latest ending first), each with their highest bid,
 * their own highest maximum, whether they lead, and their offer to pay once the lot closed.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const customerId = req.auth_context.actor_id
  const auctions = auctionService(req.scope)
  const now = await serverTime(req.scope)
  const bids = (await auctions.listAuctionBids(
    { customer_id: customerId },
    { select: ["lot_id", "amount", "max_amount"], take: null },
  )) as MyBid[]
  const lotIds = [...new Set(bids.map((bid) => bid.lot_id))]
  if (!lotIds.length) return res.json({ lots: [], server_time: now.toISOString() })

  const [lots, offers] = await Promise.all([
    auctions.listAuctionLots({ id: lotIds }, { select: [...lotSummaryFields, "leader_customer_id"], take: null }),
    auctions.listAuctionOffers({ customer_id: customerId, lot_id: lotIds }, { select: [...offerViewFields, "lot_id"], take: null }),
  ])
  const leaderOf = new Map(lots.map((lot) => [lot.id, lot.leader_customer_id]))
  const offerOf = new Map(offers.map((offer) => [offer.lot_id, offer]))
  const summaries = await summarizeLots(req.scope, lots as SummaryLot[], { locale: req.locale, now })

  const mine = summaries.map((summary) => {
    const own = bids.filter((bid) => bid.lot_id === summary.id)
    const maxima = own.map((bid) => amountOf(bid.max_amount)).filter((amount): amount is number => amount !== null)
    const offer = offerOf.get(summary.id)
    return {
      ...summary,
      my_highest_bid: Math.max(...own.map((bid) => amountOf(bid.amount)!)),
      my_max: maxima.length ? Math.max(...maxima) : null,
      leading: leaderOf.get(summary.id) === customerId,
      offer: offer ? toOfferView(offer) : null,
    }
  })
  const live = mine.filter((lot) => lot.phase === "live").sort((a, b) => a.ends_at.localeCompare(b.ends_at))
  const others = mine.filter((lot) => lot.phase !== "live").sort((a, b) => b.ends_at.localeCompare(a.ends_at))
  res.json({ lots: [...live, ...others], server_time: now.toISOString() })
}
