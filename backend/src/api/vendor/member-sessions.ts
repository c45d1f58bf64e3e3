import type { AuthContext, AuthenticatedMedusaRequest, MedusaRequest } from "@medusajs/framework/http"

/**
 * Ending a member's sessions refuses every token issued before a moment. A token's issue time
 * (`iat`) is in whole seconds, so a token issued during the second in which the member ends
 * their sessions could be older or newer than the request: the moment is rounded up to the next
 * whole second, which refuses every token of that second, the ending one included. The ending
 * route answers only once that moment has passed, so a login made after its answer carries an
 * `iat` at or past it and works. (Servers share one clock source in production; a few
 * milliseconds of skew between them only delays a new login's acceptance, never lets an old
 * token in.)
 */
export function sessionsEndMoment(now = Date.now()): Date {
  return new Date(Math.ceil(now / 1000) * 1000)
}

/**
 * The issue time, in seconds, of what authenticated `req`. Medusa's `authenticate` sets
 * `auth_context` to the verified JWT's payload, `iat` included, and `POST /auth/session` stores
 * that same payload in the session: a session cookie carries the `iat` of the token it was made
 * from. `AuthContext` does not declare the field, hence the cast.
 */
function issuedAt(req: MedusaRequest): unknown {
  return ((req as AuthenticatedMedusaRequest).auth_context as (AuthContext & { iat?: unknown }) | undefined)?.iat
}

/**
 * Whether the token (or session) authenticating `req` was issued before its member ended their
 * sessions at `endedAt`. One without an issue time cannot be placed, so it counts as ended once
 * sessions were ended.
 */
export function isSessionEnded(req: MedusaRequest, endedAt: Date | string | null | undefined): boolean {
  if (!endedAt) return false
  const iat = issuedAt(req)
  return typeof iat !== "number" || iat * 1000 < new Date(endedAt).getTime()
}
