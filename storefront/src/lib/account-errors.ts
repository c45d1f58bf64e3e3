import { FetchError } from "@medusajs/js-sdk"

/**
 * Everything a customer can be told about an account form, field by field or for the whole
 * form (messages `AccountErrors.<code>`). The address codes are `@tiwizi/address`'s, so the
 * account and the checkout say the same thing about the same mistake.
 */
export const accountErrorCodes = [
  "required",
  "too_long",
  "invalid_email",
  "password_too_short",
  "invalid_credentials",
  "email_taken",
  "invalid_link",
  "invalid_phone",
  "unknown_city",
  "invalid_postal_code",
  "unsupported_country",
  "invalid",
  "unreachable",
  "unknown",
] as const
export type AccountErrorCode = (typeof accountErrorCodes)[number]

/** Whether the backend refused the request's credentials (401): a missing, wrong or expired token. */
export function isUnauthorized(error: unknown): boolean {
  return error instanceof FetchError && error.status === 401
}

/** Whether fetch could not reach the backend at all. */
export function isUnreachable(error: unknown): boolean {
  return error instanceof TypeError && /fetch failed|ECONNREFUSED|network/i.test(`${error.message} ${String(error.cause)}`)
}

/**
 * Classifies the failure of an account call for the form's message. A 401 from a login is
 * always "wrong email or password", whichever of the two was wrong, so that the form never tells
 * a stranger whether an address has an account. A 400 is input the backend refused; anything
 * else is `unknown` and leaks nothing.
 */
export function accountErrorCode(error: unknown): AccountErrorCode {
  if (error instanceof FetchError) {
    if (error.status === 401) return "invalid_credentials"
    if (error.status === 400) return "invalid"
    return "unknown"
  }
  return isUnreachable(error) ? "unreachable" : "unknown"
}

/** Whether a registration failed because an auth identity already holds this email. */
export function isEmailTaken(error: unknown): boolean {
  return error instanceof FetchError && error.status === 401 && /already exists/i.test(error.message)
}
