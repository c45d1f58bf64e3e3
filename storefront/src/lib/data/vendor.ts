import "server-only"
import { FetchError } from "@medusajs/js-sdk"
import type { Locale } from "@tiwizi/locale"
import { cookies } from "next/headers"
import { redirect } from "next/navigation"
import { cache } from "react"
import { readTokenClaims, tokenMaxAge } from "../account-token"
import type { Application } from "../portal-application"
import { localePath } from "../locale-path"
import { getSdk } from "./sdk"

// A cooperative member's Medusa token lives in its own httpOnly cookie, apart from a customer's:
// one person can be both, on the same phone. Only the Next server reads it and hands it to the
// backend as a bearer header; every `/vendor` call of the portal goes through `vendorFetch`.

const memberCookie = "tiwizi_coop_auth"

/** The logged-in member's token, if their cookie holds one (it may have expired or been ended). */
export async function getMemberToken(): Promise<string | undefined> {
  return (await cookies()).get(memberCookie)?.value
}

/**
 * Keeps a member's token in an httpOnly cookie. On a personal phone (`remember`) the cookie
 * lives as long as the token; on a shared one it is a browser-session cookie, gone when the
 * browser closes. Only callable from a server action or route handler.
 */
export async function setMemberToken(token: string, remember: boolean): Promise<void> {
  const claims = readTokenClaims(token)
  ;(await cookies()).set(memberCookie, token, {
    httpOnly: true,
    sameSite: "lax",
    // Browsers accept Secure cookies on http://localhost, so the e2e stack works with it too.
    secure: process.env.NODE_ENV === "production",
    path: "/",
    ...(remember ? { maxAge: claims ? tokenMaxAge(claims) : 0 } : {}),
  })
}

/** Forgets the member's token (log out). Only callable from a server action or route handler. */
export async function removeMemberToken(): Promise<void> {
  ;(await cookies()).delete(memberCookie)
}

type VendorInit = {
  method?: "GET" | "POST" | "DELETE"
  body?: Record<string, unknown>
  query?: Record<string, unknown>
  /** A token to use instead of the cookie's (right after registering or logging in). */
  token?: string
}

/**
 * One call to the backend's `/vendor` API as the logged-in member. Never cached: every answer
 * is one cooperative's private data. Without a token it throws the same 401 `FetchError` the
 * backend would.
 */
export async function vendorFetch<T>(path: string, init: VendorInit = {}): Promise<T> {
  const token = init.token ?? (await getMemberToken())
  if (!token) throw new FetchError("Unauthorized", "Unauthorized", 401)
  return getSdk().client.fetch<T>(path, {
    method: init.method ?? "GET",
    body: init.body,
    query: init.query,
    headers: { authorization: `Bearer ${token}` },
    cache: "no-store",
  })
}

/** What the portal knows of the logged-in person (`GET /vendor/me`). */
export type PortalMember = { id: string; email: string; first_name: string; last_name: string; phone: string | null; role: "owner" | "member"; cooperative_id: string | null }

/**
 * The member's cooperative as `/vendor/me` and `/vendor/cooperative` return it: what its
 * application said, and what staff and the members added since.
 */
export type PortalCooperative = Application & {
  id: string
  handle: string
  logo_url: string | null
  cover_url: string | null
  /** Owners only. */
  bank_rib?: string | null
  status: "pending" | "approved" | "suspended" | "rejected"
  status_reason: string | null
  status_decided_at: string | null
}

export type PortalSession = { member: PortalMember; cooperative: PortalCooperative | null }

/**
 * The logged-in member and their cooperative, once per request; `null` when nobody is logged in
 * or the token was refused (expired, ended from another phone, member gone).
 */
export const getPortalSession = cache(async (): Promise<PortalSession | null> => {
  if (!(await getMemberToken())) return null
  try {
    return await vendorFetch<PortalSession>("/vendor/me")
  } catch (error) {
    if (error instanceof FetchError && error.status === 401) return null
    throw error
  }
})

/** The session, or a redirect to the portal's login page that comes back to `path` afterwards. */
export async function requirePortalSession(locale: Locale, path: string): Promise<PortalSession> {
  const session = await getPortalSession()
  if (!session) redirect(`${localePath(locale, "/cooperative/login")}?${new URLSearchParams({ next: localePath(locale, path) })}`)
  return session
}

/**
 * The session of a member whose cooperative is approved: the pages that list and sell. Anyone
 * else goes where their next step is (the application form, or its state).
 */
export async function requireApprovedMember(locale: Locale, path: string): Promise<PortalSession & { cooperative: PortalCooperative }> {
  const session = await requirePortalSession(locale, path)
  if (!session.cooperative || session.cooperative.status !== "approved") redirect(localePath(locale, "/cooperative/apply"))
  return session as PortalSession & { cooperative: PortalCooperative }
}
