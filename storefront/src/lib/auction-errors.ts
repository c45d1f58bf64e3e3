/**
 * Why a bid was not taken, in words the lot page turns into a message the bidder can act on
 * (messages `Auctions.errors.<code>`). The first seven are the backend's refusal codes;
 * `not_logged_in` is a missing or expired login; anything else is `unknown`, which leaks nothing
 * and asks them to try again.
 */
export const auctionErrorCodes = [
  "bid_too_low",
  "currency_mismatch",
  "already_highest_bidder",
  "auction_not_live",
  "email_not_verified",
  "own_cooperative",
  "invalid_amount",
  "not_logged_in",
  "unknown",
] as const
export type AuctionErrorCode = (typeof auctionErrorCodes)[number]

export type AuctionRefusal = { code: AuctionErrorCode; min_amount?: number }

const refusalCodes = new Set<string>(auctionErrorCodes.filter((code) => code !== "not_logged_in" && code !== "unknown"))

/**
 * Classifies the backend's answer to a refused bid: its HTTP status and its JSON body
 * (`{ type, code, message, min_amount? }`). A refusal code is believed only with a 4xx status;
 * a 401 is a login that is missing or expired. `min_amount` travels with `bid_too_low` only.
 */
export function auctionRefusal(status: number, body: unknown): AuctionRefusal {
  if (status === 401) return { code: "not_logged_in" }
  const { code, min_amount } = (typeof body === "object" && body !== null ? body : {}) as { code?: unknown; min_amount?: unknown }
  if (status < 400 || status >= 500 || typeof code !== "string" || !refusalCodes.has(code)) return { code: "unknown" }
  if (code === "bid_too_low" && typeof min_amount === "number" && Number.isFinite(min_amount)) return { code, min_amount }
  return { code: code as AuctionErrorCode }
}
