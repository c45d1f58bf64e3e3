import { authenticate, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { COOPERATIVE_MEMBER_ACTOR } from "../../workflows/cooperative/workflows/create-cooperative-member"
import { loadVendorScope } from "./scope"

const authTypes: ("session" | "bearer")[] = ["session", "bearer"]
const member = authenticate(COOPERATIVE_MEMBER_ACTOR, authTypes)
const registering = authenticate(COOPERATIVE_MEMBER_ACTOR, authTypes, { allowUnregistered: true })

/**
 * `POST /vendor/members` is the one vendor route called before one is a member: with the token
 * of a fresh registration, which names an auth identity but no actor yet. Compared on the
 * original URL, since a middleware mounted on `/vendor/*` sees a shortened path, and as Express
 * routes it (case-insensitive, trailing slash optional).
 */
function isMemberRegistration(req: MedusaRequest): boolean {
  const path = req.originalUrl.split("?")[0].replace(/\/+$/, "").toLowerCase()
  return req.method === "POST" && path === "/vendor/members"
}

/**
 * Authenticates every `/vendor/*` request as a `cooperative_member` (session or bearer token;
 * no token, or a customer's or staff user's, answers 401), then loads its tenant scope.
 */
export function authenticateVendor(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (isMemberRegistration(req)) return registering(req, res, next)
  return member(req, res, (error?: unknown) => (error ? next(error) : loadVendorScope(req, res, next)))
}
