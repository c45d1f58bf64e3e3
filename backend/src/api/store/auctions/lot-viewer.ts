import type { AuthenticatedMedusaRequest, MedusaStoreRequest } from "@medusajs/framework/http"
import { bidderEligibility } from "./bidder-eligibility"

type MaybeAuthenticated = MedusaStoreRequest & Partial<Pick<AuthenticatedMedusaRequest, "auth_context">>

/**
 * The logged-in customer looking at a lot of `cooperativeId`, with whether they may bid on it;
 * null for a visitor (the routes that call it authenticate optionally).
 */
export async function lotViewerOf(req: MaybeAuthenticated, cooperativeId: string) {
  const customerId = req.auth_context?.actor_id
  if (!customerId) return null
  return { customer_id: customerId, eligibility: await bidderEligibility(req.scope, customerId, cooperativeId) }
}
