import { model } from "@medusajs/framework/utils"
import AuctionBid from "./auction-bid"
import AuctionOffer from "./auction-offer"

/**
 * Where a lot stands. `scheduled` until its first bid or its start (the job flips it), `live`
 * while bids are taken, then `sold` (reserve met: the winner has an offer to pay) or `not_sold`;
 * `paid` once an offer's order is placed, `second_chance` while the next bidder holds the offer,
 * `cancelled` by staff with a reason.
 */
export const auctionLotStatuses = ["scheduled", "live", "sold", "not_sold", "paid", "second_chance", "cancelled"] as const
export type AuctionLotStatus = (typeof auctionLotStatuses)[number]

/** Statuses in which a lot still holds its product: the shop does not sell it meanwhile. */
export const productHoldingStatuses: AuctionLotStatus[] = ["scheduled", "live", "sold", "second_chance"]

/**
 * One timed auction of one one-of-a-kind product, in one currency (MAD). Amounts are whole
 * units of that currency. `ends_at` moves when a late bid extends the lot (soft close);
 * `scheduled_end_at` keeps the end staff chose. `current_price`, the leader and the leader's
 * maximum are written by each accepted bid under the lot's row lock; `leader_max` and
 * `reserve_price` are never shown to customers. `cooperative_id` is copied from the product's
 * cooperative when the lot is created, so the portal and the own-member check read it directly.
 */
const AuctionLot = model
  .define("auction_lot", {
    id: model.id({ prefix: "alot" }).primaryKey(),
    product_id: model.text(),
    variant_id: model.text(),
    cooperative_id: model.text(),
    currency_code: model.text().default("mad"),
    starting_price: model.bigNumber(),
    reserve_price: model.bigNumber().nullable(),
    starts_at: model.dateTime(),
    ends_at: model.dateTime(),
    scheduled_end_at: model.dateTime(),
    soft_close_minutes: model.number().default(5),
    allow_cash_on_delivery: model.boolean().default(false),
    payment_days: model.number().default(3),
    status: model.enum([...auctionLotStatuses]).default("scheduled"),
    current_price: model.bigNumber().nullable(),
    bid_count: model.number().default(0),
    last_position: model.number().default(0),
    leader_customer_id: model.text().nullable(),
    leader_max: model.bigNumber().nullable(),
    hammer_price: model.bigNumber().nullable(),
    winner_customer_id: model.text().nullable(),
    closed_at: model.dateTime().nullable(),
    cancelled_at: model.dateTime().nullable(),
    cancel_reason: model.text().nullable(),
    /** Why the last try to close this lot failed (the job retries every minute); cleared once it closes. */
    close_error: model.text().nullable(),
    bids: model.hasMany(() => AuctionBid, { mappedBy: "lot" }),
    offers: model.hasMany(() => AuctionOffer, { mappedBy: "lot" }),
  })
  .cascades({ delete: ["bids", "offers"] })
  .indexes([
    { on: ["status", "ends_at"] },
    { on: ["cooperative_id", "status"] },
    // A product is on at most one lot that still holds it.
    {
      on: ["product_id"],
      unique: true,
      where: "status in ('scheduled', 'live', 'sold', 'second_chance') and deleted_at is null",
    },
  ])

export default AuctionLot
