import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { EMAIL_VERIFICATION_MODULE } from "../../../../../modules/email-verification"
import type EmailVerificationModuleService from "../../../../../modules/email-verification/service"
import { emailLocale } from "../../../../../notifications/email-locale"
import { sendCustomerEmailVerification } from "../../../../../notifications/send-customer-email-verification"
import { secondsBeforeResend } from "./resend-limit"
import type { StoreSendEmailVerificationBody } from "./validators"

async function readStatus(req: AuthenticatedMedusaRequest) {
  const customer = await req.scope
    .resolve(Modules.CUSTOMER)
    .retrieveCustomer(req.auth_context.actor_id, { select: ["id", "email", "metadata"] })
  const verifications = req.scope.resolve<EmailVerificationModuleService>(EMAIL_VERIFICATION_MODULE)
  return { customer, verified: await verifications.isEmailVerified(customer.id, customer.email) }
}

/** `GET /store/customers/me/email-verification`: whether the logged-in customer's current address is verified. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { customer, verified } = await readStatus(req)
  res.json({ verified, email: customer.email })
}

/**
 * `POST /store/customers/me/email-verification`: sends the logged-in customer a new link to
 * verify their current address (202). Refused when it is already verified (400
 * `already_verified`) or when the last link went out less than a minute ago (429
 * `too_many_requests`, with `Retry-After`), so the button cannot flood a mailbox.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreSendEmailVerificationBody>, res: MedusaResponse) {
  const { customer, verified } = await readStatus(req)
  if (verified) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This email address is already verified", "already_verified")
  }
  const wait = await secondsBeforeResend(req.scope, customer.email)
  if (wait > 0) {
    // Medusa's error vocabulary has no 429: the answer is written here, in its shape.
    res.setHeader("Retry-After", String(wait))
    res.status(429).json({
      type: MedusaError.Types.NOT_ALLOWED,
      code: "too_many_requests",
      message: `A link was sent less than a minute ago: ask again in ${wait} seconds`,
      retry_after: wait,
    })
    return
  }
  const locale = req.validatedBody.locale ?? emailLocale(customer.metadata?.locale)
  await sendCustomerEmailVerification(req.scope, { customer_id: customer.id, email: customer.email, locale })
  res.status(202).json({ sent: true })
}
