import type { AuctionBidKind } from "./models/auction-bid"
import type { AuctionLotStatus } from "./models/auction-lot"
import { incrementAt } from "./increments"

/** What the rules need of a lot; amounts are whole units of its currency. */
export type LotState = {
  status: AuctionLotStatus
  currency_code: string
  starts_at: Date
  ends_at: Date
  soft_close_minutes: number
  starting_price: number
  reserve_price: number | null
  current_price: number | null
  leader_customer_id: string | null
  leader_max: number | null
  last_position: number
  bid_count: number
}

/** A bid as a customer places it: exactly `amount`, or up to `amount` when `max`. */
export type BidInput = { customer_id: string; amount: number; currency_code: string; max: boolean }

export type AcceptedBid = {
  customer_id: string
  position: number
  amount: number
  max_amount: number | null
  kind: AuctionBidKind
}

export const bidRefusals = [
  "auction_not_live",
  "currency_mismatch",
  "already_highest_bidder",
  "bid_too_low",
  "invalid_amount",
] as const
export type BidRefusal = (typeof bidRefusals)[number]

export type BidOutcome =
  | { accepted: true; bids: AcceptedBid[]; state: LotState }
  | { accepted: false; code: BidRefusal; min_amount?: number }

/** Whether the lot takes bids at `now`. */
export function isOpen(lot: Pick<LotState, "status" | "starts_at" | "ends_at">, now: Date): boolean {
  return (lot.status === "scheduled" || lot.status === "live") && lot.starts_at <= now && now < lot.ends_at
}

/** The smallest bid the lot accepts next: the starting price, then the price plus its increment. */
export function minimumBid(lot: Pick<LotState, "current_price" | "starting_price">): number {
  return lot.current_price === null ? lot.starting_price : lot.current_price + incrementAt(lot.current_price)
}

/**
 * Applies one bid to a lot, as the auctioneer would: the rules of the whole module in one pure
 * function, so that a test can replay accepted bids one at a time and compare.
 *
 * - A plain bid stands at its amount. A maximum stands at the smallest amount that beats the
 *   leader (one increment over the leader's maximum), or at the starting price if first.
 * - Against a leader's maximum, the higher maximum leads; on a tie the earlier bidder keeps the
 *   lead. The leader's bid is raised on their behalf (`auto`) as far as the challenge needs.
 * - The leader may raise their own maximum (a plain bid on their own lead is refused): the
 *   price stays, and the new maximum is recorded at it.
 * - When a maximum reaches the hidden reserve, the price rises to the reserve at once, so a
 *   bidder willing to pay it is not left below it by a lack of rivals.
 * - A bid that moves the price in the last `soft_close_minutes` moves the end to
 *   `soft_close_minutes` after it.
 */
export function applyBid(lot: LotState, bid: BidInput, now: Date): BidOutcome {
  if (!isOpen(lot, now)) return { accepted: false, code: "auction_not_live" }
  if (bid.currency_code.toLowerCase() !== lot.currency_code) return { accepted: false, code: "currency_mismatch" }
  if (!Number.isSafeInteger(bid.amount) || bid.amount <= 0) return { accepted: false, code: "invalid_amount" }
  const leading = bid.customer_id === lot.leader_customer_id
  if (leading && !bid.max) return { accepted: false, code: "already_highest_bidder" }
  const min = leading ? Math.max(minimumBid(lot), lot.leader_max! + 1) : minimumBid(lot)
  if (bid.amount < min) return { accepted: false, code: "bid_too_low", min_amount: min }

  const kind: AuctionBidKind = bid.max ? "max" : "bid"
  const maxAmount = bid.max ? bid.amount : null
  const records: Omit<AcceptedBid, "position">[] = []
  let leader: string
  let leaderMax: number
  let price: number

  if (leading) {
    leader = bid.customer_id
    leaderMax = bid.amount
    price = lot.current_price!
    records.push({ customer_id: bid.customer_id, amount: price, max_amount: maxAmount, kind })
  } else if (lot.leader_customer_id === null || lot.leader_max === null) {
    leader = bid.customer_id
    leaderMax = bid.amount
    price = bid.max ? lot.starting_price : bid.amount
    records.push({ customer_id: bid.customer_id, amount: price, max_amount: maxAmount, kind })
  } else if (bid.amount > lot.leader_max) {
    if (lot.leader_max > lot.current_price!) {
      records.push({ customer_id: lot.leader_customer_id, amount: lot.leader_max, max_amount: null, kind: "auto" })
    }
    leader = bid.customer_id
    leaderMax = bid.amount
    price = bid.max ? Math.min(bid.amount, lot.leader_max + incrementAt(lot.leader_max)) : bid.amount
    price = Math.max(price, min)
    records.push({ customer_id: bid.customer_id, amount: price, max_amount: maxAmount, kind })
  } else {
    records.push({ customer_id: bid.customer_id, amount: bid.amount, max_amount: maxAmount, kind })
    leader = lot.leader_customer_id
    leaderMax = lot.leader_max
    price = Math.min(lot.leader_max, bid.amount + incrementAt(bid.amount))
    records.push({ customer_id: leader, amount: price, max_amount: null, kind: "auto" })
  }

  if (lot.reserve_price !== null && price < lot.reserve_price && leaderMax >= lot.reserve_price) {
    price = lot.reserve_price
    records[records.length - 1].amount = price
  }

  // A bid that moved the price gives the others soft_close_minutes to answer; a leader raising
  // their own maximum without moving it cannot keep the lot open.
  const softCloseMs = lot.soft_close_minutes * 60_000
  const late = price !== lot.current_price && lot.ends_at.getTime() - now.getTime() < softCloseMs
  const endsAt = late ? new Date(now.getTime() + softCloseMs) : lot.ends_at
  const bids = records.map((record, index) => ({ ...record, position: lot.last_position + index + 1 }))
  return {
    accepted: true,
    bids,
    state: {
      ...lot,
      status: "live",
      ends_at: endsAt,
      current_price: price,
      leader_customer_id: leader,
      leader_max: leaderMax,
      last_position: lot.last_position + bids.length,
      bid_count: lot.bid_count + bids.length,
    },
  }
}
