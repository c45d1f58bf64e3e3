import { formatMoney, formatNumber, type Locale } from "@tiwizi/locale"
import type { createTranslator } from "next-intl"
import type { Messages } from "../../messages"
import { auctionStanding, type AuctionStanding } from "./auction-standing"
import { formatAuctionDate, formatBidTime } from "./auction-time"
import type { AuctionDetail, AuctionPhase, AuctionState, AuctionStatus, AuctionSummary } from "./auction-types"

/** The `Auctions` messages in one language. */
export type AuctionsTranslator = ReturnType<typeof createTranslator<Messages, "Auctions">>

/** One line of the bid history, ready to show. */
export type BidRow = { position: number; bidder: string; amount: string; auto: boolean; time: string; you: boolean }

/**
 * The lot page's live part, with every text already in the reader's language: the server
 * builds it for the first render, for each state the stream sends and for each poll, so the
 * browser only swaps texts and counts the time down (from `serverTime`, never its own clock).
 */
export type AuctionView = {
  id: string
  phase: AuctionPhase
  status: AuctionStatus
  startsAt: string
  endsAt: string
  serverTime: string
  /** Said instead of a countdown once the lot ended or was cancelled. */
  closed: string | null
  price: { label: string; text: string }
  bidCount: string
  /** The smallest bid the lot takes next, while it takes bids. */
  minNext: { amount: number; text: string } | null
  reserve: string | null
  standing: { kind: AuctionStanding; text: string } | null
  yourMax: string | null
  /** Whether the bid form is shown: a live lot and a viewer allowed to bid. */
  canBid: boolean
  /**
   * Whether the viewer leads, so that the form only raises their maximum (the backend refuses a
   * leader's plain bid on their own lead); `minNext` is then the least new maximum.
   */
  raise: boolean
  bids: BidRow[]
}

type PriceKey = "current" | "starting" | "hammer" | "last"

/** The amount a lot shows and what it is: the hammer price once sold, else the bid standing, else the start. */
export function headlinePrice(lot: Pick<AuctionSummary, "phase" | "current_price" | "hammer_price" | "starting_price">): { key: PriceKey; amount: number } {
  if (lot.hammer_price !== null && lot.phase === "ended") return { key: "hammer", amount: lot.hammer_price }
  if (lot.current_price !== null) return { key: lot.phase === "live" || lot.phase === "upcoming" ? "current" : "last", amount: lot.current_price }
  return { key: "starting", amount: lot.starting_price }
}

/** "Bidder 3" as the backend numbers bidders, in the reader's language; any other label as it is. */
export function bidderLabel(label: string, t: AuctionsTranslator, locale: Locale): string {
  const number = /(\d+)\s*$/.exec(label)?.[1]
  return number ? t("history.bidder", { n: formatNumber(Number(number), locale) }) : label
}

/** The number of bids, said ("3 enchères", "لا توجد مزايدات"). */
export function bidCountText(count: number, t: AuctionsTranslator, locale: Locale): string {
  return t("bidCount", { count, n: formatNumber(count, locale) })
}

function reserveText(lot: AuctionDetail, t: AuctionsTranslator): string | null {
  if (lot.reserve_met === null || lot.phase === "cancelled" || lot.phase === "upcoming") return null
  if (lot.reserve_met) return t("reserve.met")
  return lot.phase === "ended" ? t("reserve.notMetEnded") : t("reserve.notMet")
}

/** Builds the lot page's live part from a state of the backend, in `locale`. */
export function auctionView({ auction: lot, server_time }: AuctionState, t: AuctionsTranslator, locale: Locale): AuctionView {
  const money = (amount: number) => formatMoney(amount, lot.currency_code, locale)
  const headline = headlinePrice(lot)
  const viewer = lot.viewer
  const standing = viewer
    ? auctionStanding({
        phase: lot.phase,
        status: lot.status,
        hasBid: viewer.leading || viewer.outbid,
        leading: viewer.leading,
        reserveMet: lot.reserve_met,
        offer: viewer.offer,
      })
    : null
  const taking = lot.phase === "live" && lot.min_next_bid !== null
  const raise = viewer?.leading === true
  // A leader's new maximum must also pass their current one.
  const minAmount = lot.min_next_bid !== null && raise ? Math.max(lot.min_next_bid, (viewer.max_amount ?? 0) + 1) : lot.min_next_bid
  return {
    id: lot.id,
    phase: lot.phase,
    status: lot.status,
    startsAt: lot.starts_at,
    endsAt: lot.ends_at,
    serverTime: server_time,
    closed: lot.phase === "ended" ? t("time.ended", { label: formatAuctionDate(lot.ends_at, locale) }) : lot.phase === "cancelled" ? t("phase.cancelled") : null,
    price: { label: t(`price.${headline.key}`), text: money(headline.amount) },
    bidCount: bidCountText(lot.bid_count, t, locale),
    minNext: taking && minAmount !== null ? { amount: minAmount, text: t(raise ? "minRaise" : "minNext", { price: money(minAmount) }) } : null,
    reserve: reserveText(lot, t),
    standing: standing ? { kind: standing, text: t(`standing.${standing}`) } : null,
    yourMax: viewer?.max_amount != null && lot.phase === "live" ? t("yourMax", { price: money(viewer.max_amount) }) : null,
    canBid: taking && viewer?.can_bid === true,
    raise,
    bids: lot.bids.map((bid) => ({
      position: bid.position,
      bidder: bid.is_you ? t("history.you") : bidderLabel(bid.bidder, t, locale),
      amount: money(bid.amount),
      auto: bid.kind === "auto",
      time: formatBidTime(bid.created_at, locale),
      you: bid.is_you,
    })),
  }
}
