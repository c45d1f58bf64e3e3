import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { productHoldingStatuses } from "../../../modules/auction/models/auction-lot"
import { auctionService } from "./lot-detail"
import { lotSummaryFields, serverTime, type SummaryLot, summarizeLots } from "./lot-summary"
import type { StoreListAuctionsParamsType } from "./validators"

type Phase = NonNullable<StoreListAuctionsParamsType["phase"]>
type Filters = Record<string, unknown>
type Order = Record<string, "ASC" | "DESC">

/**
 * Each phase as filters at `now` (the database clock) and its order. Ended lists only lots that
 * found a buyer ("recently sold", with hammer prices), most recently closed first.
 */
function phaseQuery(phase: Phase, now: Date): { filters: Filters; order: Order } {
  switch (phase) {
    case "live":
      return { filters: { status: ["scheduled", "live"], starts_at: { $lte: now }, ends_at: { $gt: now } }, order: { ends_at: "ASC", id: "ASC" } }
    case "upcoming":
      return { filters: { status: ["scheduled", "live"], starts_at: { $gt: now } }, order: { starts_at: "ASC", id: "ASC" } }
    case "ended":
      return { filters: { status: ["sold", "paid", "second_chance"] }, order: { closed_at: "DESC", ends_at: "DESC", id: "ASC" } }
  }
}

/** A phase's query, narrowed to one product; without a phase, every lot holding the product. */
function listQuery(phase: Phase | undefined, productId: string | undefined, now: Date): { filters: Filters; order: Order } {
  if (productId && !phase) return { filters: { product_id: productId, status: productHoldingStatuses }, order: { starts_at: "ASC", id: "ASC" } }
  const query = phaseQuery(phase ?? "live", now)
  return productId ? { ...query, filters: { ...query.filters, product_id: productId } } : query
}

/**
 * `GET /store/auctions`: lots of one phase (`live` by default), or with `product_id` every lot
 * that holds that product now, so its page can point to the auction instead of the cart.
 * Titles in the request's locale; `server_time` is the database clock the phases were judged by.
 */
export async function GET(req: MedusaStoreRequest<unknown, StoreListAuctionsParamsType>, res: MedusaResponse) {
  const { phase, product_id, limit, offset } = req.validatedQuery
  const now = await serverTime(req.scope)
  const { filters, order } = listQuery(phase, product_id, now)
  const [lots, count] = await auctionService(req.scope).listAndCountAuctionLots(filters, {
    select: lotSummaryFields,
    order,
    take: limit,
    skip: offset,
  })
  const auctions = await summarizeLots(req.scope, lots as SummaryLot[], { locale: req.locale, now })
  res.json({ auctions, count, server_time: now.toISOString() })
}
