import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { AUCTION_MODULE } from "../../../modules/auction"
import type AuctionModuleService from "../../../modules/auction/service"
import { amountOf, lotSummaryFields, serverTime, summarizeLots, type SummaryLot } from "../../store/auctions/lot-summary"
import { vendorScope } from "../scope"
import type { ListVendorAuctionsQuery } from "./validators"

/**
 * `GET /vendor/auctions`: the member's cooperative's lots, latest end first, as customers see
 * them plus what the cooperative is owed to know: its reserve and whether the offer is paid.
 * Never who bid: bidders stay anonymous to the seller. Titles in the `locale` the portal asks
 * for (French, the catalogue's own language, without it).
 */
export const GET = async (req: MedusaRequest<unknown, ListVendorAuctionsQuery>, res: MedusaResponse) => {
  const { cooperativeId } = vendorScope(req)
  const { status, locale, limit, offset } = req.validatedQuery
  const service = req.scope.resolve<AuctionModuleService>(AUCTION_MODULE)
  const [[lots, count], now] = await Promise.all([
    service.listAndCountAuctionLots(
      { cooperative_id: cooperativeId!, ...(status && { status }) },
      { select: lotSummaryFields, order: { ends_at: "DESC", id: "ASC" }, skip: offset, take: limit },
    ),
    serverTime(req.scope),
  ])
  const [summaries, offerStatuses] = await Promise.all([
    summarizeLots(req.scope, lots as unknown as SummaryLot[], { locale, now }),
    service.latestOfferStatuses(lots.map((lot) => lot.id)),
  ])
  const reserveOf = new Map(lots.map((lot) => [lot.id, amountOf(lot.reserve_price)] as const))
  const auctions = summaries.map((summary) => ({
    ...summary,
    reserve_price: reserveOf.get(summary.id) ?? null,
    offer_status: offerStatuses[summary.id] ?? null,
  }))
  res.json({ auctions, count, limit, offset, server_time: now.toISOString() })
}
