import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { normalizePhone } from "@tiwizi/address"
import type { Locale } from "@tiwizi/locale"

type Sms = {
  to: string
  template: string
  locale: Locale
  text: string
  data: Record<string, unknown>
  /** Set when the same message must never go out twice (an event delivered again). */
  idempotencyKey?: string
}

/**
 * The number to text: international form for a Moroccan number written the local way
 * (`06 61 23 45 67` → `+212661234567`). A number libphonenumber does not know is sent as stored,
 * without its spaces: the provider refuses what it cannot reach, and that refusal is logged,
 * where dropping the message here would hide it.
 */
export function smsNumber(phone: string): string {
  return normalizePhone(phone, "ma") ?? phone.replace(/[\s.-]/g, "")
}

/**
 * Sends a text message through the Notification Module's `sms` channel: whichever provider
 * serves it (the SMS file in development, an SMS or WhatsApp gateway in production) receives the
 * text as `content.text`; `data` keeps the values it was written from, with the locale.
 */
export async function sendSms(container: MedusaContainer, { to, template, locale, text, data, idempotencyKey }: Sms): Promise<void> {
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: smsNumber(to),
    channel: "sms",
    template,
    content: { text },
    data: { ...data, locale },
    idempotency_key: idempotencyKey ?? null,
  })
}

/**
 * Waits for every send of one event (an email and a text message): a failed channel does not
 * keep the other from going out. The first failure is thrown afterwards, so the event bus logs
 * it as it logs any subscriber's error.
 */
export async function allSent(sends: Promise<void>[]): Promise<void> {
  const failed = (await Promise.allSettled(sends)).find((result): result is PromiseRejectedResult => result.status === "rejected")
  if (failed) throw failed.reason
}
