import type { MedusaContainer } from "@medusajs/framework/types"
import { defaultLocale, type Locale } from "@tiwizi/locale"
import { COOPERATIVE_MODULE } from "../modules/cooperative"
import type CooperativeModuleService from "../modules/cooperative/service"
import type { RenderedEmail } from "./email-layout"
import { sendEmail } from "./send-email"
import { allSent, sendSms } from "./send-sms"

/** A message to a cooperative, written once its language is known. */
type CooperativeMessage = {
  template: string
  /** What makes this message unique (a part's or a ledger entry's id): it is sent once per channel. */
  key: string
  write: (locale: Locale) => { email: RenderedEmail; text: string; data: Record<string, unknown> }
}

/**
 * The language a cooperative's messages go out in: the one its owner last used the portal in
 * (the first owner's, when there are several), else the shop's default, French.
 */
async function cooperativeLocale(service: CooperativeModuleService, cooperativeId: string): Promise<Locale> {
  const [owner] = await service.listCooperativeMembers(
    { cooperative_id: cooperativeId, role: "owner" },
    { select: ["locale"], order: { created_at: "ASC" }, take: 1 },
  )
  return owner?.locale ?? defaultLocale
}

/**
 * Tells a cooperative something by email to its contact address and by SMS to its phone, in
 * its owner's language. Both are sent before the first failure is thrown; the idempotency keys
 * keep a re-delivered event from sending either twice.
 */
export async function notifyCooperative(container: MedusaContainer, cooperativeId: string, message: CooperativeMessage): Promise<void> {
  const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  const [cooperative, locale] = await Promise.all([
    service.retrieveCooperative(cooperativeId, { select: ["id", "email", "phone"] }),
    cooperativeLocale(service, cooperativeId),
  ])
  const { email, text, data } = message.write(locale)
  const common = { template: message.template, locale, data }
  await allSent([
    sendEmail(container, { ...common, to: cooperative.email, email, idempotencyKey: `${message.template}:email:${message.key}` }),
    sendSms(container, { ...common, to: cooperative.phone, text, idempotencyKey: `${message.template}:sms:${message.key}` }),
  ])
}
