import type { AuctionOffer, AuctionPhase, AuctionStatus } from "./auction-types"

/**
 * Where a bidder stands on a lot, as the lot page and "my bids" say it (messages
 * `Auctions.standing.<kind>`): leading or outbid while it runs; once it closed, won (an offer to
 * pay), paid, or lost; `not_sold` when the reserve was not met; `cancelled` when staff
 * cancelled it.
 */
export type AuctionStanding = "winning" | "outbid" | "won" | "paid" | "lost" | "not_sold" | "cancelled"

type Input = {
  phase: AuctionPhase
  status: AuctionStatus
  /** Whether the bidder has bid on the lot at all. */
  hasBid: boolean
  leading: boolean
  reserveMet: boolean | null
  offer: Pick<AuctionOffer, "status"> | null
}

/**
 * The bidder's standing, or `null` for someone who never bid and holds no offer. An offer
 * decides first: a second bidder offered the piece has won it too, and an offer that expired or
 * was withdrawn is lost. A leader whose lot just closed with the reserve met has won before the
 * offer is written.
 */
export function auctionStanding({ phase, status, hasBid, leading, reserveMet, offer }: Input): AuctionStanding | null {
  if (offer?.status === "paid") return "paid"
  if (offer?.status === "open") return "won"
  if (!hasBid && !offer) return null
  if (phase === "cancelled" || status === "cancelled") return "cancelled"
  if (phase === "upcoming" || phase === "live") return leading ? "winning" : "outbid"
  if (status === "not_sold" || reserveMet === false) return "not_sold"
  if (offer) return "lost"
  return leading && status !== "second_chance" ? "won" : "lost"
}
