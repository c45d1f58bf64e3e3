// The store API's auction answers, as the backend's contract gives them. Amounts are whole MAD
// (numbers), times ISO strings; every answer carries `server_time`, the database clock, which
// the pages count down from instead of the browser's clock.

/** Where a lot stands at the server's time, derived by the backend from its status and dates. */
export type AuctionPhase = "upcoming" | "live" | "ended" | "cancelled"

export type AuctionStatus = "scheduled" | "live" | "sold" | "not_sold" | "paid" | "second_chance" | "cancelled"

/** A lot as lists show it (`GET /store/auctions`). */
export type AuctionSummary = {
  id: string
  status: AuctionStatus
  phase: AuctionPhase
  product: { id: string; handle: string; title: string; thumbnail: string | null }
  cooperative: { name: string; handle: string } | null
  currency_code: string
  starting_price: number
  current_price: number | null
  /** Once sold, paid or offered to a second bidder. */
  hammer_price: number | null
  bid_count: number
  starts_at: string
  ends_at: string
  soft_close_minutes: number
  /** `null` when the lot has no reserve; the reserve itself is never sent. */
  reserve_met: boolean | null
}

/** One accepted bid as the lot page lists it; `bidder` is "Bidder 3", stable per lot. */
export type AuctionBid = {
  position: number
  amount: number
  bidder: string
  is_you: boolean
  kind: "bid" | "max" | "auto"
  created_at: string
}

/** A winner's (or a second bidder's) right to buy the piece at `amount` until `due_at`. */
export type AuctionOffer = {
  id: string
  kind: "winner" | "second_chance"
  amount: number
  due_at: string
  status: "open" | "paid" | "expired" | "withdrawn"
  cart_id: string | null
}

/** What the lot page knows of the logged-in visitor; `null` for a visitor who is not logged in. */
export type AuctionViewer = {
  can_bid: boolean
  reason?: "email_not_verified" | "own_cooperative"
  leading: boolean
  /** Has bid on this lot and does not lead. */
  outbid: boolean
  /** The viewer's own highest maximum on this lot, nobody else's. */
  max_amount: number | null
  offer: AuctionOffer | null
}

/** A lot as its page shows it (`GET /store/auctions/:id` and the stream's `state` events). */
export type AuctionDetail = AuctionSummary & {
  /** `null` when the lot takes no bids. */
  min_next_bid: number | null
  /** Newest first, at most 20. */
  bids: AuctionBid[]
  viewer: AuctionViewer | null
}

/** The lot page's state: the lot and the server's clock when it was read. */
export type AuctionState = { auction: AuctionDetail; server_time: string }

/** A lot the logged-in customer bid on (`GET /store/customers/me/auction-bids`). */
export type MyAuctionLot = AuctionSummary & {
  my_highest_bid: number
  my_max: number | null
  leading: boolean
  offer: AuctionOffer | null
}

/** A lot of the member's own cooperative (`GET /vendor/auctions`), reserve included. */
export type VendorAuctionLot = AuctionSummary & {
  reserve_price: number | null
  offer_status: AuctionOffer["status"] | null
}
