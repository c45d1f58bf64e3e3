import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { AUCTION_MODULE } from "../../../modules/auction"
import type AuctionModuleService from "../../../modules/auction/service"
import { createAuctionLotWorkflow } from "../../../workflows/auction/workflows/create-auction-lot"
import { amountOf, lotSummaryFields, serverTime, summarizeLots, type SummaryLot } from "../../store/auctions/lot-summary"
import { readAdminAuction } from "./read-admin-auction"
import type { CreateAuctionBody, ListAuctionsQuery } from "./validators"

/**
 * `GET /admin/auctions`: lots, filtered by `status`, `cooperative_id` or `product_id`. Scheduled
 * and live lots come soonest ending first (what staff watch), the others most recent first. Each
 * row is the customers' summary plus the reserve and the status of the lot's latest offer.
 */
export const GET = async (req: MedusaRequest<unknown, ListAuctionsQuery>, res: MedusaResponse) => {
  const { status, cooperative_id, product_id, limit, offset } = req.validatedQuery
  const service = req.scope.resolve<AuctionModuleService>(AUCTION_MODULE)
  const filters = { ...(status && { status }), ...(cooperative_id && { cooperative_id }), ...(product_id && { product_id }) }
  const upcoming = status === "scheduled" || status === "live"
  const [[lots, count], now] = await Promise.all([
    service.listAndCountAuctionLots(filters, {
      select: [...lotSummaryFields, "closed_at", "cancel_reason", "close_error"],
      order: { ends_at: upcoming ? "ASC" : "DESC", id: "ASC" },
      skip: offset,
      take: limit,
    }),
    serverTime(req.scope),
  ])
  const [summaries, offerStatuses] = await Promise.all([
    summarizeLots(req.scope, lots as unknown as SummaryLot[], { now }),
    service.latestOfferStatuses(lots.map((lot) => lot.id)),
  ])
  const lotById = new Map(lots.map((lot) => [lot.id, lot]))
  const auctions = summaries.map((summary) => {
    const lot = lotById.get(summary.id)!
    return {
      ...summary,
      cooperative_id: lot.cooperative_id,
      reserve_price: amountOf(lot.reserve_price),
      closed_at: lot.closed_at,
      cancel_reason: lot.cancel_reason,
      close_error: lot.close_error,
      offer_status: offerStatuses[summary.id] ?? null,
    }
  })
  res.json({ auctions, count, limit, offset, server_time: now.toISOString() })
}

/** `POST /admin/auctions`: puts a product on auction (see `createAuctionLotWorkflow` for what is refused). */
export const POST = async (req: MedusaRequest<CreateAuctionBody>, res: MedusaResponse) => {
  const { result } = await createAuctionLotWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ auction: await readAdminAuction(req.scope, result.id) })
}
