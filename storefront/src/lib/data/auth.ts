import "server-only"
import type { Locale } from "@tiwizi/locale"
import { cookies } from "next/headers"
import { readTokenClaims, tokenMaxAge } from "../account-token"
import { getSdk } from "./sdk"

// The customer's Medusa token lives in an httpOnly cookie that only the Next server reads and
// hands to the backend as a bearer header: no script in the page can read it, and it never
// travels in a URL. Auth calls go through `client.fetch`, not `sdk.auth.*`, because the sdk
// client is shared by every visitor of this server and `sdk.auth.login` would store the token on
// it where the storage allows.

const authCookie = "tiwizi_auth"

/** The `authorization` header for a customer's token. */
export function bearer(token: string): { authorization: string } {
  return { authorization: `Bearer ${token}` }
}

/** The logged-in customer's token, if their cookie holds one (it may have expired). */
export async function getAuthToken(): Promise<string | undefined> {
  return (await cookies()).get(authCookie)?.value
}

/**
 * Keeps a customer's token in an httpOnly cookie that expires with the token. Only callable
 * from a server action.
 */
export async function setAuthToken(token: string): Promise<void> {
  const claims = readTokenClaims(token)
  ;(await cookies()).set(authCookie, token, {
    httpOnly: true,
    sameSite: "lax",
    // Browsers accept Secure cookies on http://localhost, so the e2e stack works with it too.
    secure: process.env.NODE_ENV === "production",
    path: "/",
    maxAge: claims ? tokenMaxAge(claims) : 0,
  })
}

/** Forgets the customer's token (log out). Only callable from a server action. */
export async function removeAuthToken(): Promise<void> {
  ;(await cookies()).delete(authCookie)
}

type TokenResponse = { token?: string }

function tokenOf(response: TokenResponse): string {
  // Any other answer (an OAuth redirect, an MFA challenge) is not something emailpass for
  // customers is set up to give.
  if (!response.token) throw new Error("The backend answered the customer login without a token")
  return response.token
}

/**
 * Logs a customer in with email and password and returns their token. A wrong email or password
 * throws a 401 `FetchError`, the same for both.
 */
export async function loginCustomer(email: string, password: string): Promise<string> {
  const response = await getSdk().client.fetch<TokenResponse>("/auth/customer/emailpass", {
    method: "POST",
    body: { email, password },
    cache: "no-store",
  })
  return tokenOf(response)
}

/**
 * Creates the email/password identity of a new customer and returns a token that does not name
 * a customer yet: `createCustomer` turns it into one. An email that already has an identity
 * throws a 401 `FetchError` ("Identity with email already exists").
 */
export async function registerIdentity(email: string, password: string): Promise<string> {
  const response = await getSdk().client.fetch<TokenResponse>("/auth/customer/emailpass/register", {
    method: "POST",
    body: { email, password },
    cache: "no-store",
  })
  return tokenOf(response)
}

/** A fresh token for the same identity, which now names the customer created with the old one. */
export async function refreshToken(token: string): Promise<string> {
  const response = await getSdk().client.fetch<TokenResponse>("/auth/token/refresh", {
    method: "POST",
    headers: bearer(token),
    cache: "no-store",
  })
  return tokenOf(response)
}

/**
 * Asks the backend to email a password-reset link, written in `locale` (the link leads back to
 * this shop's page in that language). The backend answers the same whether or not the email has
 * an account.
 */
export async function requestPasswordReset(email: string, locale: Locale): Promise<void> {
  await getSdk().client.fetch("/auth/customer/emailpass/reset-password", {
    method: "POST",
    body: { identifier: email, metadata: { locale } },
    headers: { accept: "text/plain" },
    cache: "no-store",
  })
}

/**
 * Sets a new password with the token of a reset link. The token is single-use and the backend
 * answers 401 for one that is expired, used or forged.
 */
export async function updatePassword(resetToken: string, password: string): Promise<void> {
  await getSdk().client.fetch("/auth/customer/emailpass/update", {
    method: "POST",
    body: { password },
    headers: bearer(resetToken),
    cache: "no-store",
  })
}
