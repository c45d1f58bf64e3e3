import { model } from "@medusajs/framework/utils"
import AuctionLot from "./auction-lot"

/** `winner`: the highest bidder at the close. `second_chance`: staff offered it to the next one. */
export const auctionOfferKinds = ["winner", "second_chance"] as const
export const auctionOfferStatuses = ["open", "paid", "expired", "withdrawn"] as const
export type AuctionOfferStatus = (typeof auctionOfferStatuses)[number]

/**
 * A customer's right to buy a lot's product at `amount` until `due_at`, through a cart made
 * for them at that price (`cart_id`); `order_id` once they placed the order. A customer gets at
 * most one offer per lot.
 */
const AuctionOffer = model
  .define("auction_offer", {
    id: model.id({ prefix: "aoff" }).primaryKey(),
    customer_id: model.text(),
    kind: model.enum([...auctionOfferKinds]),
    amount: model.bigNumber(),
    due_at: model.dateTime(),
    status: model.enum([...auctionOfferStatuses]).default("open"),
    cart_id: model.text().nullable(),
    order_id: model.text().nullable(),
    lot: model.belongsTo(() => AuctionLot, { mappedBy: "offers" }),
  })
  .indexes([
    { on: ["lot_id", "customer_id"], unique: true },
    { on: ["cart_id"] },
    { on: ["status", "due_at"] },
  ])

export default AuctionOffer
