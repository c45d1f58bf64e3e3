"use server"

import { defaultLocale, isLocale } from "@tiwizi/locale"
import { redirect } from "next/navigation"
import { isUnauthorized } from "../account-errors"
import { loginPath } from "../account-next"
import { requestVerificationLink } from "../data/email-verification"
import { resendErrorCode, type ResendErrorCode } from "../email-verification-errors"
import { localePath } from "../locale-path"

/** The answer to "send the link again", shown next to its button. */
export type ResendState = { status: "idle" } | { status: "sent" } | { status: "error"; code: ResendErrorCode }

/**
 * Sends the logged-in customer a new verification link in the page's language. A login that
 * expired meanwhile leads to the login page, which brings them back to their account.
 */
export async function resendVerificationLink(_previous: ResendState, form: FormData): Promise<ResendState> {
  const value = form.get("locale")
  const locale = isLocale(value) ? value : defaultLocale
  try {
    await requestVerificationLink(locale)
  } catch (error) {
    if (isUnauthorized(error)) redirect(loginPath(locale, localePath(locale, "/account")))
    const code = resendErrorCode(error)
    if (code === "unknown" || code === "unreachable") console.error("verification link request failed:", error)
    return { status: "error", code }
  }
  return { status: "sent" }
}
