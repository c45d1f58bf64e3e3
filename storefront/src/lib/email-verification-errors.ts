import { FetchError } from "@medusajs/js-sdk"
import { isUnreachable } from "./account-errors"

/** What a customer can be told when a new verification link was not sent (messages `Verification.errors.<code>`). */
export const resendErrorCodes = ["too_soon", "already_verified", "unreachable", "unknown"] as const
export type ResendErrorCode = (typeof resendErrorCodes)[number]

/**
 * Classifies a refused request for a new link: the backend answers 429 when the last link went
 * out less than a minute ago and 400 when the address is already verified (a second tab, or a
 * link opened meanwhile). Anything else leaks nothing.
 */
export function resendErrorCode(error: unknown): ResendErrorCode {
  if (error instanceof FetchError) {
    if (error.status === 429) return "too_soon"
    if (error.status === 400) return "already_verified"
    return "unknown"
  }
  return isUnreachable(error) ? "unreachable" : "unknown"
}

/**
 * Whether the backend refused a link's token (400 `invalid_link`): expired, tampered with, cut
 * when copied, or sent to an address the customer has changed since. It never says which.
 */
export function isInvalidLink(error: unknown): boolean {
  return error instanceof FetchError && error.status === 400
}
