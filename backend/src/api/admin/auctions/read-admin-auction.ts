import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { AUCTION_MODULE } from "../../../modules/auction"
import type AuctionModuleService from "../../../modules/auction/service"
import { amountOf } from "../../store/auctions/lot-summary"

const lotFields = [
  "id",
  "status",
  "product_id",
  "variant_id",
  "cooperative_id",
  "currency_code",
  "starting_price",
  "reserve_price",
  "current_price",
  "hammer_price",
  "bid_count",
  "starts_at",
  "ends_at",
  "scheduled_end_at",
  "soft_close_minutes",
  "allow_cash_on_delivery",
  "payment_days",
  "leader_customer_id",
  "leader_max",
  "winner_customer_id",
  "closed_at",
  "cancelled_at",
  "cancel_reason",
  "close_error",
  "created_at",
  "bids.id",
  "bids.position",
  "bids.customer_id",
  "bids.amount",
  "bids.max_amount",
  "bids.kind",
  "bids.created_at",
  "offers.id",
  "offers.customer_id",
  "offers.kind",
  "offers.amount",
  "offers.due_at",
  "offers.status",
  "offers.cart_id",
  "offers.order_id",
  "offers.created_at",
]

/**
 * A lot as staff see it: everything the customers do not (reserve, maxima, who bid), every bid
 * newest first with the bidder's email, every offer in the order made, the product and the
 * cooperative. NOT_FOUND for an unknown lot.
 */
export async function readAdminAuction(scope: MedusaContainer, id: string) {
  const lot = await scope.resolve<AuctionModuleService>(AUCTION_MODULE).retrieveAuctionLot(id, { select: lotFields, relations: ["bids", "offers"] })
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const customerIds = [...new Set([...lot.bids.map((bid) => bid.customer_id), ...lot.offers.map((offer) => offer.customer_id)])]
  const [{ data: products }, { data: cooperatives }, customers] = await Promise.all([
    query.graph({ entity: "product", fields: ["id", "title", "handle", "thumbnail"], filters: { id: lot.product_id } }),
    query.graph({ entity: "cooperative", fields: ["id", "name", "handle"], filters: { id: lot.cooperative_id } }),
    scope.resolve(Modules.CUSTOMER).listCustomers({ id: customerIds }, { select: ["id", "email"] }),
  ])
  const emailOf = new Map(customers.map((customer) => [customer.id, customer.email] as const))
  const { bids, offers, ...rest } = lot
  return {
    ...rest,
    starting_price: amountOf(lot.starting_price),
    reserve_price: amountOf(lot.reserve_price),
    current_price: amountOf(lot.current_price),
    hammer_price: amountOf(lot.hammer_price),
    leader_max: amountOf(lot.leader_max),
    product: products[0] ?? null,
    cooperative: cooperatives[0] ?? null,
    bids: [...bids]
      .sort((a, b) => b.position - a.position)
      .map((bid) => ({
        id: bid.id,
        position: bid.position,
        customer_id: bid.customer_id,
        email: emailOf.get(bid.customer_id) ?? null,
        amount: amountOf(bid.amount),
        max_amount: amountOf(bid.max_amount),
        kind: bid.kind,
        created_at: bid.created_at,
      })),
    offers: [...offers]
      .sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
      .map((offer) => ({
        id: offer.id,
        customer_id: offer.customer_id,
        email: emailOf.get(offer.customer_id) ?? null,
        kind: offer.kind,
        amount: amountOf(offer.amount),
        due_at: offer.due_at,
        status: offer.status,
        cart_id: offer.cart_id,
        order_id: offer.order_id,
        created_at: offer.created_at,
      })),
  }
}
