import { FetchError } from "@medusajs/js-sdk"

/**
 * What can go wrong when a customer acts on their cart, in words the UI can turn into a
 * message they can act on (messages `Errors.<code>`). Anything unexpected is `unknown`, which
 * leaks nothing and asks them to try again.
 */
export const cartErrorCodes = ["out_of_stock", "unavailable", "unreachable", "invalid", "unknown"] as const
export type CartErrorCode = (typeof cartErrorCodes)[number]

/**
 * Classifies a failure of a cart call. Medusa answers 400 "not_allowed" with a message about
 * inventory when the stock is short, 400 about prices when the variant is not sold in the
 * cart's region, and 404 when the variant or cart no longer exists; a `TypeError` from fetch
 * means the backend could not be reached.
 */
export function cartErrorCode(error: unknown): CartErrorCode {
  if (error instanceof FetchError) {
    if (error.status === 404) return "unavailable"
    if (error.status === 400 || error.status === 409) {
      if (/inventory|stock/i.test(error.message)) return "out_of_stock"
      if (/price|region|sales channel/i.test(error.message)) return "unavailable"
      return "invalid"
    }
    return "unknown"
  }
  if (error instanceof TypeError && /fetch failed|ECONNREFUSED|network/i.test(`${error.message} ${String(error.cause)}`)) {
    return "unreachable"
  }
  return "unknown"
}

/**
 * What can stop an order at the last step, for the review step's message (`CheckoutErrors.<code>`):
 * `sold_out` when a piece in the cart was bought by someone else in the meantime (the cart is
 * kept, so the customer can remove it), `payment` when the payment was not authorised, `expired`
 * when the cart is gone (already turned into an order, or unknown).
 */
export const checkoutErrorCodes = ["sold_out", "payment", "expired", "unreachable", "invalid", "unknown"] as const
export type CheckoutErrorCode = (typeof checkoutErrorCodes)[number]

/** Whether a string is one of the checkout's error codes (they travel in the review step's URL). */
export function isCheckoutErrorCode(value: unknown): value is CheckoutErrorCode {
  return checkoutErrorCodes.includes(value as CheckoutErrorCode)
}

/**
 * Classifies a failure of a checkout call. Completing a cart whose one-of-a-kind piece was just
 * sold fails with 400 "not_allowed" naming the inventory (the backend's reservation runs inside
 * a lock, so only one of two buyers gets the piece); a payment the provider refused is a 400
 * naming the payment; 404 means the cart is gone.
 */
export function checkoutErrorCode(error: unknown): CheckoutErrorCode {
  if (error instanceof FetchError) {
    if (error.status === 404) return "expired"
    if (error.status === 400 || error.status === 409) {
      if (/inventory|stock|sold|not on sale/i.test(error.message)) return "sold_out"
      if (/payment/i.test(error.message)) return "payment"
      return "invalid"
    }
    return "unknown"
  }
  return cartErrorCode(error) === "unreachable" ? "unreachable" : "unknown"
}

/**
 * Whether the backend refused a request as malformed (400). For a search that is the visitor's
 * input (words or filters the index cannot take): a message to show, never an error page.
 */
export function isBadRequest(error: unknown): boolean {
  return error instanceof FetchError && error.status === 400
}
