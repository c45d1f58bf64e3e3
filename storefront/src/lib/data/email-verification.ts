import "server-only"
import type { Locale } from "@tiwizi/locale"
import { cache } from "react"
import { isUnauthorized } from "../account-errors"
import { bearer, getAuthToken } from "./auth"
import { getSdk } from "./sdk"

// The customer's own state, read fresh on every request (never cached across requests), like
// the rest of their account.

/** Whether the logged-in customer's current email address is verified; bidding needs it. */
export type EmailVerification = { verified: boolean; email: string }

/** The logged-in customer's verification status, or `null` when nobody (or an expired login) is in the cookies. */
export const getEmailVerification = cache(async (): Promise<EmailVerification | null> => {
  const token = await getAuthToken()
  if (!token) return null
  try {
    return await getSdk().client.fetch<EmailVerification>("/store/customers/me/email-verification", { headers: bearer(token) })
  } catch (error) {
    if (isUnauthorized(error)) return null
    throw error
  }
})

/**
 * Asks the backend to email the logged-in customer a new verification link, written in
 * `locale` and leading back to this shop in it. Throws the backend's refusal (429 too soon, 400
 * already verified, 401 not logged in) as a `FetchError`.
 */
export async function requestVerificationLink(locale: Locale): Promise<void> {
  const token = await getAuthToken()
  if (!token) throw new Error("No customer is logged in")
  await getSdk().client.fetch("/store/customers/me/email-verification", {
    method: "POST",
    body: { locale },
    headers: bearer(token),
    cache: "no-store",
  })
}

/**
 * Verifies the address an emailed link was sent to, with the link's token; no login needed,
 * since the link may be opened on another device. A refused token throws a 400 `FetchError`
 * (`isInvalidLink`).
 */
export async function verifyEmail(token: string): Promise<void> {
  await getSdk().client.fetch("/store/email-verifications", { method: "POST", body: { token }, cache: "no-store" })
}
