import type { MedusaContainer } from "@medusajs/framework/types"
import { AUCTION_MODULE } from "../../../modules/auction"
import { isOpen, minimumBid } from "../../../modules/auction/bidding"
import type { AuctionBidKind } from "../../../modules/auction/models/auction-bid"
import type AuctionModuleService from "../../../modules/auction/service"
import type { BidderEligibility, BidderRefusal } from "./bidder-eligibility"
import { type AuctionSummary, amountOf, lotSummaryFields, type SummaryLot, summarizeLots } from "./lot-summary"

/** How many of the latest bids a lot's page shows. */
const SHOWN_BIDS = 20

export type AuctionBidView = {
  position: number
  amount: number
  /** "Bidder 3": the third customer to bid on this lot; the same customer keeps it all along. */
  bidder: string
  is_you: boolean
  kind: AuctionBidKind
  created_at: string
}

export type AuctionOfferView = { id: string; kind: string; amount: number; due_at: string; status: string; cart_id: string | null }

/**
 * What the lot means to the customer looking at it. `can_bid` says whether they may bid on this
 * lot at all (`reason` when not); whether it takes bids now is `min_next_bid`'s to say.
 * `max_amount` is their own highest maximum, shown to them alone.
 */
export type AuctionViewer = {
  can_bid: boolean
  reason?: BidderRefusal
  leading: boolean
  outbid: boolean
  max_amount: number | null
  offer: AuctionOfferView | null
}

export type AuctionDetail = AuctionSummary & { min_next_bid: number | null; bids: AuctionBidView[]; viewer: AuctionViewer | null }

type StoredBid = { customer_id: string; position: number; amount: unknown; max_amount: unknown; kind: AuctionBidKind; created_at: Date | string }
type DetailLot = SummaryLot & { leader_customer_id: string | null }

/**
 * A lot as every viewer sees it, with all its bids (oldest first) kept server-side to number
 * bidders and to find each viewer's own maximum: built once per change of the lot, then
 * personalised per viewer by {@link detailFor}.
 */
export type LotView = { lot: DetailLot; summary: AuctionSummary; bids: StoredBid[]; min_next_bid: number | null; now: Date }

export const auctionService = (scope: MedusaContainer) => scope.resolve<AuctionModuleService>(AUCTION_MODULE)

/** The lot `lotId` at `now` (the database clock), or null when it does not exist or was deleted. */
export async function loadLotView(scope: MedusaContainer, lotId: string, options: { locale?: string; now: Date }): Promise<LotView | null> {
  const auctions = auctionService(scope)
  const [lot] = (await auctions.listAuctionLots({ id: lotId }, { select: [...lotSummaryFields, "leader_customer_id"], take: 1 })) as DetailLot[]
  if (!lot) return null
  const [summary] = await summarizeLots(scope, [lot], options)
  if (!summary) return null
  const bids = (await auctions.listAuctionBids(
    { lot_id: lotId },
    { select: ["customer_id", "position", "amount", "max_amount", "kind", "created_at"], order: { position: "ASC" }, take: null },
  )) as StoredBid[]
  const open = isOpen({ status: lot.status, starts_at: new Date(lot.starts_at), ends_at: new Date(lot.ends_at) }, options.now)
  const minNext = open ? minimumBid({ current_price: amountOf(lot.current_price), starting_price: amountOf(lot.starting_price)! }) : null
  return { lot, summary, bids, min_next_bid: minNext, now: options.now }
}

/**
 * The lot's detail for one viewer (null when not logged in): which bids are theirs, whether they
 * lead, their own highest maximum, and their offer once the lot has closed. Nobody else's
 * maximum, and never the reserve, is part of it.
 */
export async function detailFor(
  scope: MedusaContainer,
  view: LotView,
  viewer: { customer_id: string; eligibility: BidderEligibility } | null,
): Promise<AuctionDetail> {
  const numbers = new Map<string, number>()
  for (const bid of view.bids) if (!numbers.has(bid.customer_id)) numbers.set(bid.customer_id, numbers.size + 1)
  const me = viewer?.customer_id
  const bids = view.bids
    .slice(-SHOWN_BIDS)
    .reverse()
    .map((bid) => ({
      position: bid.position,
      amount: amountOf(bid.amount)!,
      bidder: `Bidder ${numbers.get(bid.customer_id)}`,
      is_you: bid.customer_id === me,
      kind: bid.kind,
      created_at: new Date(bid.created_at).toISOString(),
    }))
  return { ...view.summary, min_next_bid: view.min_next_bid, bids, viewer: viewer ? await viewerOf(scope, view, viewer) : null }
}

async function viewerOf(scope: MedusaContainer, view: LotView, viewer: { customer_id: string; eligibility: BidderEligibility }): Promise<AuctionViewer> {
  const mine = view.bids.filter((bid) => bid.customer_id === viewer.customer_id)
  const maxima = mine.map((bid) => amountOf(bid.max_amount)).filter((amount): amount is number => amount !== null)
  const leading = view.lot.leader_customer_id === viewer.customer_id
  return {
    ...viewer.eligibility,
    leading,
    outbid: mine.length > 0 && !leading,
    max_amount: maxima.length ? Math.max(...maxima) : null,
    // Offers are made when a lot closes: no query while it is upcoming or live.
    offer: view.summary.phase === "ended" && mine.length ? await offerOf(scope, view.lot.id, viewer.customer_id) : null,
  }
}

async function offerOf(scope: MedusaContainer, lotId: string, customerId: string): Promise<AuctionOfferView | null> {
  const [offer] = await auctionService(scope).listAuctionOffers(
    { lot_id: lotId, customer_id: customerId },
    { select: [...offerViewFields], take: 1 },
  )
  return offer ? toOfferView(offer) : null
}

/** What a customer sees of their own offer; select these fields to build it. */
export const offerViewFields = ["id", "kind", "amount", "due_at", "status", "cart_id"] as const

/** A customer's offer to pay for a lot, as the store shows it to them. */
export function toOfferView(offer: { id: string; kind: string; amount: unknown; due_at: Date | string; status: string; cart_id?: string | null }): AuctionOfferView {
  return {
    id: offer.id,
    kind: offer.kind,
    amount: amountOf(offer.amount)!,
    due_at: new Date(offer.due_at).toISOString(),
    status: offer.status,
    cart_id: offer.cart_id ?? null,
  }
}
