import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { ConfigModule } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { defaultLocale, isLocale } from "@tiwizi/locale"
import { COOPERATIVE_MEMBER_RESET_PASSWORD, renderCooperativeMemberResetPassword } from "../notifications/cooperative-member-reset-password"
import { sendEmail } from "../notifications/send-email"
import { COOPERATIVE_MEMBER_ACTOR } from "../workflows/cooperative/workflows/create-cooperative-member"

/** The payload of Medusa's `auth.password_reset`; `entity_id` is the login, here an email. */
type PasswordReset = { entity_id: string; actor_type: string; token: string; metadata?: Record<string, unknown> }

/**
 * Whether the Notification Module has a provider for the `email` channel. Medusa always
 * registers a local provider for the admin's `feed` channel; sending an email without an email
 * provider would only record a failed notification.
 */
export function hasEmailProvider(config: ConfigModule): boolean {
  const notification = config.modules?.[Modules.NOTIFICATION]
  if (!notification || typeof notification !== "object") return false
  const providers = (notification.options?.providers ?? []) as { options?: { channels?: string[] } }[]
  return providers.some((provider) => provider.options?.channels?.includes("email"))
}

/**
 * The portal page where a member chooses a new password, in the language they asked in
 * (`metadata.locale` of the reset request). The page posts the token to
 * `/auth/cooperative_member/emailpass/update`.
 */
export function resetPasswordLink(storefrontUrl: string, { entity_id, token, metadata }: PasswordReset): string {
  const locale = isLocale(metadata?.locale) ? metadata.locale : defaultLocale
  const query = new URLSearchParams({ token, email: entity_id })
  return `${storefrontUrl.replace(/\/+$/, "")}/${locale}/cooperative/reset-password?${query}`
}

/**
 * Sends a cooperative member their reset link by email when an email provider is configured.
 * Without one (the default today) it logs, at info level, that nothing was sent, and never the
 * token: a log is no place for a credential. Customers' and staff's resets are not handled here.
 */
export default async function sendCooperativeMemberPasswordReset({ event, container }: SubscriberArgs<PasswordReset>) {
  if (event.data.actor_type !== COOPERATIVE_MEMBER_ACTOR) return
  const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  if (!hasEmailProvider(config)) {
    logger.info(`Password reset for cooperative member ${event.data.entity_id} not sent: no email notification provider is configured`)
    return
  }
  const storefrontUrl = process.env.STOREFRONT_URL ?? "http://localhost:8000"
  const asked = event.data.metadata?.locale
  const locale = isLocale(asked) ? asked : defaultLocale
  const url = resetPasswordLink(storefrontUrl, event.data)
  await sendEmail(container, {
    to: event.data.entity_id,
    template: COOPERATIVE_MEMBER_RESET_PASSWORD,
    locale,
    email: renderCooperativeMemberResetPassword(locale, url),
    data: { url },
  })
}

export const config: SubscriberConfig = { event: "auth.password_reset" }
