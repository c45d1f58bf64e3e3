import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import { EMAIL_VERIFICATION_MODULE } from "../../../modules/email-verification"
import type EmailVerificationModuleService from "../../../modules/email-verification/service"

/** Why a customer may not bid on a lot at all, whatever the amount. */
export type BidderRefusal = "email_not_verified" | "own_cooperative"

export type BidderEligibility = { can_bid: true } | { can_bid: false; reason: BidderRefusal }

// LIKE's wildcards in an address are meant literally: `_` is common in emails.
const literal = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`)

/**
 * Whether a customer may bid on a lot of `cooperativeId`: only with a verified email (a winner
 * must be reachable), and not when that email belongs to a member of the lot's own
 * cooperative, who could push the price of their own carpet. Member emails are compared
 * without regard to case, as logins are.
 */
export async function bidderEligibility(scope: MedusaContainer, customerId: string, cooperativeId: string): Promise<BidderEligibility> {
  const customer = await scope.resolve(Modules.CUSTOMER).retrieveCustomer(customerId, { select: ["id", "email"] })
  const verifications = scope.resolve<EmailVerificationModuleService>(EMAIL_VERIFICATION_MODULE)
  if (!customer.email || !(await verifications.isEmailVerified(customerId, customer.email))) {
    return { can_bid: false, reason: "email_not_verified" }
  }
  const members = await scope
    .resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    .listCooperativeMembers({ email: { $ilike: literal(customer.email) }, cooperative_id: cooperativeId }, { select: ["id"], take: 1 })
  return members.length ? { can_bid: false, reason: "own_cooperative" } : { can_bid: true }
}
