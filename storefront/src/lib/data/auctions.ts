import "server-only"
import type { Locale } from "@tiwizi/locale"
import { auctionRefusal, type AuctionRefusal } from "../auction-errors"
import type { AuctionPhase, AuctionState, AuctionSummary, MyAuctionLot } from "../auction-types"
import { isUnauthorized } from "../account-errors"
import { bearer, getAuthToken } from "./auth"
import { backendUrl, cachedRead, getSdk, isNotFound, publishableKey } from "./sdk"

// Auctions change with every bid and their answers carry the database's clock, which the pages
// count down from: lists and lots are read fresh on every request (never cached), personalised
// with the customer's token when there is one. Only the product page's "is it on auction?" is
// cached, briefly: the backend itself refuses to sell a held piece in the meantime.

/** Cache tag of the product page's auction lookups. */
export const auctionsTag = "auctions"

export type AuctionList = { auctions: AuctionSummary[]; count: number; server_time: string }

/**
 * One page of lots in a phase, product titles in `locale`: live ones ending soonest first,
 * upcoming ones starting soonest first, ended ones (sold, with their hammer price) most
 * recently closed first.
 */
export async function listAuctions(phase: AuctionPhase, locale: Locale, page: { limit: number; offset?: number }): Promise<AuctionList> {
  return getSdk().client.fetch<AuctionList>("/store/auctions", {
    query: { phase, limit: page.limit, offset: page.offset ?? 0 },
    headers: { "x-medusa-locale": locale },
    cache: "no-store",
  })
}

/**
 * The lots that hold a product now (scheduled, live, sold or offered to a second bidder), for
 * its page: while there is one, the piece is not sold at a fixed price. Cached 30 seconds.
 */
export async function listProductAuctions(productId: string, locale: Locale): Promise<AuctionSummary[]> {
  const { auctions } = await cachedRead<AuctionList>("/store/auctions", {
    query: { product_id: productId, limit: 1 },
    locale,
    tags: [auctionsTag],
    revalidate: 30,
  })
  return auctions
}

/** One lot as the token's customer (or a visitor) sees it; `null` on 404. */
async function readAuction(id: string, locale: Locale, token: string | undefined): Promise<AuctionState | null> {
  try {
    return await getSdk().client.fetch<AuctionState>(`/store/auctions/${encodeURIComponent(id)}`, {
      headers: { "x-medusa-locale": locale, ...(token ? bearer(token) : {}) },
      cache: "no-store",
    })
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
}

/**
 * One lot with its last bids and, for a logged-in customer, where they stand; `null` when the
 * lot is unknown (404). An expired login reads the lot as a visitor would.
 */
export async function getAuction(id: string, locale: Locale): Promise<AuctionState | null> {
  const token = await getAuthToken()
  try {
    return await readAuction(id, locale, token)
  } catch (error) {
    if (token && isUnauthorized(error)) return readAuction(id, locale, undefined)
    throw error
  }
}

export type BidResult =
  | { ok: true; state: AuctionState; bid: { position: number; amount: number; max_amount: number | null } }
  | { ok: false; refusal: AuctionRefusal }

/**
 * Places a bid (or a maximum) for the logged-in customer. Refusals come back as the backend's
 * code (with the minimum for `bid_too_low`); the js-sdk's error keeps only the message, so this
 * call reads the answer itself. Network failures and the backend's own failures (5xx) throw.
 */
export async function placeBid(id: string, bid: { amount: number; max: boolean; currency_code: string }, locale: Locale): Promise<BidResult> {
  const token = await getAuthToken()
  if (!token) return { ok: false, refusal: { code: "not_logged_in" } }
  const response = await fetch(`${backendUrl()}/store/auctions/${encodeURIComponent(id)}/bids`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/json",
      "x-publishable-api-key": publishableKey(),
      "x-medusa-locale": locale,
      ...bearer(token),
    },
    body: JSON.stringify(bid),
    cache: "no-store",
  })
  const body: unknown = await response.json().catch(() => null)
  if (response.status >= 500) throw new Error(`POST /store/auctions/${id}/bids answered ${response.status}: ${JSON.stringify(body)}`)
  if (!response.ok) return { ok: false, refusal: auctionRefusal(response.status, body) }
  const { auction, server_time, bid: placed } = body as AuctionState & { bid: Extract<BidResult, { ok: true }>["bid"] }
  return { ok: true, state: { auction, server_time }, bid: placed }
}

/**
 * The backend's live stream of one lot (`text/event-stream`), personalised with the customer's
 * token when there is one, for the storefront's proxy to pass on. Throws the backend's
 * `FetchError` when it refuses (404 for an unknown lot).
 */
export async function openAuctionStream(id: string, locale: Locale, signal: AbortSignal): Promise<Response> {
  const token = await getAuthToken()
  return getSdk().client.fetch<Response>(`/store/auctions/${encodeURIComponent(id)}/stream`, {
    headers: { accept: "text/event-stream", "x-medusa-locale": locale, ...(token ? bearer(token) : {}) },
    cache: "no-store",
    signal,
  })
}

/** The lots the logged-in customer bid on, with their highest bid, maximum, lead and offer. */
export async function listMyAuctionBids(locale: Locale): Promise<{ lots: MyAuctionLot[]; server_time: string }> {
  const token = await getAuthToken()
  if (!token) throw new Error("No customer is logged in")
  return getSdk().client.fetch<{ lots: MyAuctionLot[]; server_time: string }>("/store/customers/me/auction-bids", {
    headers: { "x-medusa-locale": locale, ...bearer(token) },
    cache: "no-store",
  })
}
