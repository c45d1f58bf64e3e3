import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EMAIL_VERIFICATION_MODULE } from "../../../modules/email-verification"
import type EmailVerificationModuleService from "../../../modules/email-verification/service"
import type { VerificationClaim } from "../../../modules/email-verification/token"

export const markEmailVerifiedStepId = "mark-email-verified"

/**
 * Records that the customer verified the address. Compensation deletes the record it created;
 * an address verified before stays verified.
 */
export const markEmailVerifiedStep = createStep(
  markEmailVerifiedStepId,
  async ({ customer_id, email }: VerificationClaim, { container }) => {
    const verifications = container.resolve<EmailVerificationModuleService>(EMAIL_VERIFICATION_MODULE)
    const createdId = await verifications.markEmailVerified(customer_id, email)
    return new StepResponse(undefined, createdId)
  },
  async (createdId, { container }) => {
    if (!createdId) return
    await container.resolve<EmailVerificationModuleService>(EMAIL_VERIFICATION_MODULE).deleteEmailVerifications(createdId)
  },
)
