import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { markEmailVerifiedStep } from "../steps/mark-email-verified"
import { readVerificationLinkStep } from "../steps/read-verification-link"

export type VerifyCustomerEmailWorkflowInput = { token: string }

export const verifyCustomerEmailWorkflowId = "verify-customer-email"

/**
 * A customer opened the link emailed to them: the address in its token is verified for them,
 * which lets them bid. An invalid, expired or outdated link changes nothing (`invalid_link`).
 * Returns the customer's id.
 */
export const verifyCustomerEmailWorkflow = createWorkflow(verifyCustomerEmailWorkflowId, (input: VerifyCustomerEmailWorkflowInput) => {
  const claim = readVerificationLinkStep(input.token)
  markEmailVerifiedStep(claim)
  return new WorkflowResponse(claim.customer_id)
})
