/** What the storefront reads from a Medusa token: whose it is and until when it is valid. */
export type TokenClaims = { actorId: string; expiresAt: number | null }

/**
 * Reads the claims of a token the backend just issued, without checking its signature: the
 * backend checks it on every request, and the storefront only needs to know whether the token
 * already names a customer (`actor_id`) and when its cookie should expire. `null` for anything
 * that is not a JWT.
 */
export function readTokenClaims(token: string): TokenClaims | null {
  const payload = token.split(".")[1]
  if (!payload) return null
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"))
    if (!claims || typeof claims !== "object" || Array.isArray(claims)) return null
    const { actor_id: actorId, exp } = claims as { actor_id?: unknown; exp?: unknown }
    return { actorId: typeof actorId === "string" ? actorId : "", expiresAt: typeof exp === "number" ? exp : null }
  } catch {
    return null
  }
}

/** Seconds until a token expires, for its cookie's max-age; a day when the token does not say. */
export function tokenMaxAge(claims: TokenClaims, now = Date.now()): number {
  if (claims.expiresAt === null) return 60 * 60 * 24
  return Math.max(0, Math.floor(claims.expiresAt - now / 1000))
}
