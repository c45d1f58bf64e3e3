import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { Locale } from "@tiwizi/locale"
import type { RenderedEmail } from "./email-layout"

type Email = {
  to: string
  template: string
  locale: Locale
  email: RenderedEmail
  data: Record<string, unknown>
  /** Set when the same email must never go out twice (an order's confirmation). */
  idempotencyKey?: string
}

/**
 * Sends a rendered email through the Notification Module's `email` channel. The rendered
 * subject, text and html travel as the notification's `content`, which every provider sends
 * as is (SendGrid included); `data` keeps the values it was rendered from, with the locale.
 */
export async function sendEmail(container: MedusaContainer, { to, template, locale, email, data, idempotencyKey }: Email): Promise<void> {
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to,
    channel: "email",
    template,
    content: email,
    data: { ...data, locale },
    idempotency_key: idempotencyKey ?? null,
  })
}
