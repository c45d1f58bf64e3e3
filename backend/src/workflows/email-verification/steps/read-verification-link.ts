import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { readVerificationToken, verificationSecret, type VerificationClaim } from "../../../modules/email-verification/token"

export const readVerificationLinkStepId = "read-verification-link"

/**
 * Opens a verification link's token: the customer and address it proves, provided the token is
 * genuine, unexpired, and the address is still the customer's (one who changed it since needs a
 * link sent to the new one). Anything else is one answer, `invalid_link`, that says no more.
 */
export const readVerificationLinkStep = createStep(readVerificationLinkStepId, async (token: string, { container }) => {
  const claim = readVerificationToken(verificationSecret(container), token)
  const [customer] = claim
    ? await container.resolve(Modules.CUSTOMER).listCustomers({ id: claim.customer_id }, { select: ["id", "email"], take: 1 })
    : []
  if (!claim || !customer?.email || customer.email.toLowerCase() !== claim.email) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "This verification link is invalid or has expired", "invalid_link")
  }
  return new StepResponse<VerificationClaim>(claim)
})
