import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CUSTOMER_PASSWORD_RESET, renderCustomerPasswordReset } from "../notifications/customer-password-reset"
import { emailLocale } from "../notifications/email-locale"
import { sendEmail } from "../notifications/send-email"
import { storefrontLink } from "../notifications/storefront-link"

/** The payload of Medusa's `auth.password_reset`; `entity_id` is the login, here an email. */
type PasswordReset = { entity_id: string; actor_type: string; token: string; metadata?: Record<string, unknown> }

/**
 * Sends a customer the link to the storefront's reset page, in the language they asked in
 * (`metadata.locale` of the reset request, French otherwise). The page posts the token to
 * `/auth/customer/emailpass/update`. Medusa emits the event only for known logins and answers
 * the request the same way either way, so the reply never says who has an account.
 */
export default async function sendCustomerPasswordReset({ event, container }: SubscriberArgs<PasswordReset>) {
  if (event.data.actor_type !== "customer") return
  const locale = emailLocale(event.data.metadata?.locale)
  const url = storefrontLink(locale, "/account/reset-password", { token: event.data.token, email: event.data.entity_id })
  await sendEmail(container, {
    to: event.data.entity_id,
    template: CUSTOMER_PASSWORD_RESET,
    locale,
    email: renderCustomerPasswordReset(locale, url),
    data: { url },
  })
}

export const config: SubscriberConfig = { event: "auth.password_reset" }
