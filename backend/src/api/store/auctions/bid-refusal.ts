import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { type BidRefusal, bidRefusals } from "../../../modules/auction/bidding"
import type { BidderRefusal } from "./bidder-eligibility"

type Refusal = BidRefusal | BidderRefusal

const statuses: Record<Refusal, { status: number; type: string }> = {
  bid_too_low: { status: 400, type: MedusaError.Types.INVALID_DATA },
  currency_mismatch: { status: 400, type: MedusaError.Types.INVALID_DATA },
  invalid_amount: { status: 400, type: MedusaError.Types.INVALID_DATA },
  already_highest_bidder: { status: 409, type: MedusaError.Types.NOT_ALLOWED },
  auction_not_live: { status: 409, type: MedusaError.Types.NOT_ALLOWED },
  email_not_verified: { status: 403, type: MedusaError.Types.FORBIDDEN },
  own_cooperative: { status: 403, type: MedusaError.Types.FORBIDDEN },
}

/** The messages of the refusals the route makes before the rules see the bid. */
export const bidderRefusalMessages: Record<BidderRefusal, string> = {
  email_not_verified: "Verify your email address before bidding: the winner must be reachable.",
  own_cooperative: "Members of a cooperative cannot bid on its own lots.",
}

/** Whether `error` is the auction module's `BidRefused`, judged by its code. */
export function isBidRefused(error: unknown): error is { code: BidRefusal; message: string; min_amount?: number } {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === "string" && (bidRefusals as readonly string[]).includes(code)
}

/**
 * Answers a refused bid in Medusa's error shape, `{ type, code, message }`, plus `min_amount`
 * for a bid too low. Written here rather than thrown: Medusa's error handler replaces a 409's
 * code and message with a generic "conflict" and drops any other field, and the storefront
 * needs both to tell the bidder what to do.
 */
export function sendBidRefusal(res: MedusaResponse, refusal: { code: Refusal; message: string; min_amount?: number }) {
  const { status, type } = statuses[refusal.code]
  const minAmount = refusal.min_amount === undefined ? {} : { min_amount: refusal.min_amount }
  res.status(status).json({ type, code: refusal.code, message: refusal.message, ...minAmount })
}
