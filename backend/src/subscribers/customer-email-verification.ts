import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CustomerWorkflowEvents, Modules } from "@medusajs/framework/utils"
import { EMAIL_VERIFICATION_MODULE } from "../modules/email-verification"
import type EmailVerificationModuleService from "../modules/email-verification/service"
import { emailLocale } from "../notifications/email-locale"
import { sendCustomerEmailVerification } from "../notifications/send-customer-email-verification"

/**
 * Sends a newly registered customer the link that verifies their email, in the language they
 * registered in (`metadata.locale`, French otherwise). Guests' customer records (checkout
 * without an account) get nothing, and neither does an address already verified (the demo seed
 * verifies its customers itself).
 */
export default async function sendEmailVerificationOnRegistration({ event, container }: SubscriberArgs<{ id: string }>) {
  const customer = await container
    .resolve(Modules.CUSTOMER)
    .retrieveCustomer(event.data.id, { select: ["id", "email", "has_account", "metadata"] })
  if (!customer.has_account || !customer.email) return
  const verifications = container.resolve<EmailVerificationModuleService>(EMAIL_VERIFICATION_MODULE)
  if (await verifications.isEmailVerified(customer.id, customer.email)) return
  await sendCustomerEmailVerification(container, {
    customer_id: customer.id,
    email: customer.email,
    locale: emailLocale(customer.metadata?.locale),
  })
}

export const config: SubscriberConfig = { event: CustomerWorkflowEvents.CREATED }
