import type { MedusaContainer } from "@medusajs/framework/types"
import type { Locale } from "@tiwizi/locale"
import { signVerificationToken, verificationSecret } from "../modules/email-verification/token"
import { CUSTOMER_EMAIL_VERIFICATION, renderCustomerEmailVerification } from "./customer-email-verification"
import { sendEmail } from "./send-email"
import { storefrontLink } from "./storefront-link"

type VerificationEmail = { customer_id: string; email: string; locale: Locale }

/**
 * Emails a customer the link that verifies their address: the storefront's
 * `/<locale>/account/verify-email?token=…` page, which posts the token back. Each link is a new
 * signed token; an earlier one keeps working until it expires.
 */
export async function sendCustomerEmailVerification(container: MedusaContainer, { customer_id, email, locale }: VerificationEmail): Promise<void> {
  const token = signVerificationToken(verificationSecret(container), { customer_id, email })
  const url = storefrontLink(locale, "/account/verify-email", { token })
  await sendEmail(container, {
    to: email,
    template: CUSTOMER_EMAIL_VERIFICATION,
    locale,
    email: renderCustomerEmailVerification(locale, url),
    data: { url },
  })
}
