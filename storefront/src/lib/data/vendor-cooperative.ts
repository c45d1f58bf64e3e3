import "server-only"
import { FetchError } from "@medusajs/js-sdk"
import type { Locale } from "@tiwizi/locale"
import type { Application } from "../portal-application"
import type { Invitation, PublicPage } from "../portal-profile"
import type { ListingState, ListingText } from "../portal-summary"
import { getSdk } from "./sdk"
import { getMemberToken, vendorFetch, type PortalCooperative, type PortalMember, type PortalSession } from "./vendor"

// A cooperative member's account and cooperative: the auth calls of the `cooperative_member`
// actor and the `/vendor` calls of the portal's own pages (listings have theirs). Auth calls go
// through `client.fetch` with the token in a header, never `sdk.auth.*`: the sdk client is shared
// by every visitor of this server.

type TokenResponse = { token?: string }

async function authCall(path: string, init: { body?: Record<string, unknown>; token?: string; text?: boolean }): Promise<TokenResponse> {
  return getSdk().client.fetch<TokenResponse>(path, {
    method: "POST",
    body: init.body,
    headers: { ...(init.token ? { authorization: `Bearer ${init.token}` } : {}), ...(init.text ? { accept: "text/plain" } : {}) },
    cache: "no-store",
  })
}

function tokenOf(response: TokenResponse): string {
  if (!response.token) throw new Error("The backend answered a cooperative member's login without a token")
  return response.token
}

/**
 * Creates the email/password identity of a new member and returns a token that names no member
 * yet (`createMember` makes one). An email that already has an identity (a shop customer's, or
 * a registration that stopped half-way) throws a 401 `FetchError` "Identity with email already exists".
 */
export async function registerMemberIdentity(email: string, password: string): Promise<string> {
  return tokenOf(await authCall("/auth/cooperative_member/emailpass/register", { body: { email, password } }))
}

/** Logs a member in; a wrong email or password throws the same 401 `FetchError`. */
export async function loginMember(email: string, password: string): Promise<string> {
  return tokenOf(await authCall("/auth/cooperative_member/emailpass", { body: { email, password } }))
}

/** A fresh token for the same identity, which now names the member created with the old one. */
export async function refreshMemberToken(token: string): Promise<string> {
  return tokenOf(await authCall("/auth/token/refresh", { token }))
}

/**
 * Creates the member of a registration's identity (`POST /vendor/members`, with that identity's
 * token), with the portal's language they registered in.
 */
export async function createMember(
  token: string,
  member: { email: string; first_name: string; last_name: string; phone: string | null; locale: Locale },
): Promise<PortalMember> {
  const { phone, ...rest } = member
  return (await vendorFetch<{ member: PortalMember }>("/vendor/members", { method: "POST", body: phone ? member : rest, token })).member
}

/** Records the portal's language a member uses, for the messages sent to them and their cooperative. */
export async function setMemberLocale(token: string, locale: Locale): Promise<void> {
  await vendorFetch("/vendor/me/locale", { method: "POST", body: { locale }, token })
}

/**
 * Asks the backend to email a password-reset link in `locale`, leading to the portal's reset
 * page. The answer is the same whether or not the email has a member.
 */
export async function requestMemberPasswordReset(email: string, locale: Locale): Promise<void> {
  await authCall("/auth/cooperative_member/emailpass/reset-password", { body: { identifier: email, metadata: { locale } }, text: true })
}

/** Sets a new password with a reset link's single-use token; 401 for one expired, used or forged. */
export async function updateMemberPassword(resetToken: string, password: string): Promise<void> {
  await authCall("/auth/cooperative_member/emailpass/update", { body: { password }, token: resetToken })
}

/** Applies for the member's cooperative, or again after its rejection. */
export async function applyForCooperative(application: Application): Promise<PortalCooperative> {
  return (await vendorFetch<{ cooperative: PortalCooperative }>("/vendor/application", { method: "POST", body: application })).cooperative
}

/** Changes fields of the member's own cooperative (`bank_rib` for owners only: 403 otherwise). */
export async function updateCooperative(
  update: Partial<PublicPage> & { logo_url?: string | null; cover_url?: string | null; bank_rib?: string | null },
): Promise<PortalCooperative> {
  return (await vendorFetch<{ cooperative: PortalCooperative }>("/vendor/cooperative", { method: "POST", body: update })).cooperative
}

/**
 * Uploads one picture (`POST /vendor/uploads`) and returns its address. Multipart, so the sdk's
 * JSON content type is dropped and fetch writes the boundary.
 */
export async function uploadCooperativeImage(file: File): Promise<string> {
  const token = await getMemberToken()
  if (!token) throw new FetchError("Unauthorized", "Unauthorized", 401)
  const body = new FormData()
  body.append("files", file, file.name)
  const { files } = await getSdk().client.fetch<{ files: { id: string; url: string }[] }>("/vendor/uploads", {
    method: "POST",
    body,
    headers: { authorization: `Bearer ${token}`, "content-type": null },
    cache: "no-store",
  })
  if (!files[0]) throw new Error("The backend answered an upload without a file")
  return files[0].url
}

/** An owner's invitation; its token is in this answer only (the backend keeps a hash). */
export async function createInvite(invitation: Invitation): Promise<{ token: string; invite: { id: string; expires_at: string } }> {
  return vendorFetch("/vendor/invites", { method: "POST", body: invitation })
}

/** Joins the logged-in member (who has no cooperative yet) to the cooperative of an invitation. */
export async function acceptInvite(token: string): Promise<PortalSession> {
  return vendorFetch<PortalSession>("/vendor/invites/accept", { method: "POST", body: { token } })
}

/** Ends every session of the member: all tokens issued before now stop working, on every phone. */
export async function endMemberSessions(): Promise<void> {
  await vendorFetch("/vendor/me/sessions/end", { method: "POST", body: {} })
}

/** An amount per currency, in major units. */
export type CurrencyAmount = { currency_code: string; amount: number }

/** What needs doing now in the cooperative, for the portal's home (`GET /vendor/summary`). */
export type VendorSummary = {
  listings: Record<ListingState, number>
  to_fix: { id: string; title: ListingText; reason: string | null; kind: "listing" | "revision" }[]
  low_stock: { id: string; title: ListingText; variant_id: string; variant_title: string | null; available: number }[]
  sales_this_month: (CurrencyAmount & { items: number })[]
  owed: CurrencyAmount[]
  /** The cooperative's parts of customers' orders still to prepare (new or accepted). */
  orders_to_prepare: number
}

/** The member's cooperative at a glance; never cached (it is one cooperative's private data). */
export async function getVendorSummary(): Promise<VendorSummary> {
  return vendorFetch<VendorSummary>("/vendor/summary")
}
