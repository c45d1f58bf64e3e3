/**
 * Events of timed auctions, emitted once what they report is written, for notifications to
 * follow. Every payload carries an `id`.
 */
export const AuctionEvents = {
  /**
   * A bid took the lead from another bidder. Payload `{ id, customer_id, current_price }`: the
   * lot, the bidder who lost the lead, the lot's price now.
   */
  OUTBID: "auction.outbid",
  /** A lot's end passed and it was closed. Payload `{ id, outcome }`: the lot, `sold` or `not_sold`. */
  CLOSED: "auction.closed",
  /** A winner or second-chance bidder was offered a lot to pay. Payload `{ id }`: the offer. */
  OFFER_CREATED: "auction.offer_created",
  /** Staff cancelled a lot, with a reason; any open offer on it was withdrawn. Payload `{ id }`: the lot. */
  CANCELLED: "auction.cancelled",
  /** An offer was not paid by its due date and expired. Payload `{ id }`: the offer. */
  OFFER_EXPIRED: "auction.offer_expired",
} as const
