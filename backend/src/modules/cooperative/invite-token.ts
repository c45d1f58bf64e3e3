import { createHash, randomBytes } from "node:crypto"

/** A fresh invitation token: 256 random bits, URL-safe, to be sent once and never stored. */
export function newInviteToken(): string {
  return randomBytes(32).toString("base64url")
}

/**
 * The form in which a token is stored and looked up. A plain SHA-256 is enough: the token is
 * random and long, so there is nothing to guess that a slow, salted hash would protect.
 */
export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token).digest("hex")
}
