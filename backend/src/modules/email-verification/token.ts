import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import jwt, { type Secret } from "jsonwebtoken"

/** Who a verification link was sent to: the customer and the address it went to. */
export type VerificationClaim = { customer_id: string; email: string }

/** How long a link works: long enough for a mailbox read once a day or over a weekend. */
export const VERIFICATION_TOKEN_LIFETIME = "48h"

// The secret is the one Medusa signs its login tokens with; the audience keeps the two kinds
// apart, so a login token is never taken for a verification link, nor the other way round.
const audience = "tiwizi:email-verification"

/**
 * Signs the token of an email verification link. Nothing is stored: the signature and its
 * expiry are the proof, and the address in it must still be the customer's when it is used.
 */
export function signVerificationToken(secret: Secret, claim: VerificationClaim): string {
  return jwt.sign({ email: claim.email.toLowerCase() }, secret, {
    algorithm: "HS256",
    audience,
    subject: claim.customer_id,
    expiresIn: VERIFICATION_TOKEN_LIFETIME,
  })
}

/** What a verification token says, or `null` when it is expired, tampered with or not one. */
export function readVerificationToken(secret: Secret, token: string): VerificationClaim | null {
  try {
    const payload = jwt.verify(token, secret, { algorithms: ["HS256"], audience })
    if (typeof payload === "string" || typeof payload.sub !== "string" || typeof payload.email !== "string") return null
    return { customer_id: payload.sub, email: payload.email }
  } catch {
    return null
  }
}

/** The secret verification tokens are signed with: the project's JWT secret (`JWT_SECRET`). */
export function verificationSecret(container: MedusaContainer): Secret {
  const secret = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http.jwtSecret
  // medusa-config.ts always sets one (a development default, refused in production).
  if (!secret) throw new Error("projectConfig.http.jwtSecret is not set")
  return secret
}
