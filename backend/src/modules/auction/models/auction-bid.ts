import { model } from "@medusajs/framework/utils"
import AuctionLot from "./auction-lot"

/**
 * `bid`: a customer bid exactly `amount`. `max`: a customer gave a maximum (`max_amount`) and
 * the bid stands at `amount`, the smallest that wins. `auto`: the lot raised a proxy bidder's
 * bid on their behalf, up to their maximum.
 */
export const auctionBidKinds = ["bid", "max", "auto"] as const
export type AuctionBidKind = (typeof auctionBidKinds)[number]

/**
 * One accepted bid, never updated or deleted: `position` is its place in the order the lot
 * accepted bids (1, 2, ...), unique per lot. A refused bid writes nothing. `max_amount` is the
 * bidder's own maximum, shown to them and to nobody else.
 */
const AuctionBid = model
  .define("auction_bid", {
    id: model.id({ prefix: "abid" }).primaryKey(),
    customer_id: model.text(),
    position: model.number(),
    amount: model.bigNumber(),
    max_amount: model.bigNumber().nullable(),
    kind: model.enum([...auctionBidKinds]),
    lot: model.belongsTo(() => AuctionLot, { mappedBy: "bids" }),
  })
  .indexes([
    { on: ["lot_id", "position"], unique: true },
    { on: ["customer_id"] },
  ])

export default AuctionBid
