import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { COOPERATIVE_MODULE } from "../modules/cooperative"
import type CooperativeModuleService from "../modules/cooperative/service"
import { LEDGER_MODULE } from "../modules/ledger"
import type LedgerModuleService from "../modules/ledger/service"
import { PAYOUT_RECORDED, payoutRecordedData, payoutRecordedSms, renderPayoutRecorded } from "../notifications/payout-recorded"
import { cooperativeLocale } from "../notifications/cooperative-locale"
import { sendEmail } from "../notifications/send-email"
import { allSent, sendSms } from "../notifications/send-sms"
import { LedgerEvents } from "../workflows/ledger/events"

/** The payload of `ledger.payout_recorded`: the payout entry's id and what it paid. */
type PayoutRecorded = { id: string; cooperative_id: string; currency_code: string; amount: number }

/**
 * Tells a cooperative that a transfer was made to it, by email and SMS: amount, the bank's date
 * and reference, read from the ledger entry itself rather than from the payload, in the
 * language its owner uses the portal in.
 */
export default async function notifyCooperativeOfPayout({ event, container }: SubscriberArgs<PayoutRecorded>) {
  const entry = await container.resolve<LedgerModuleService>(LEDGER_MODULE).retrieveLedgerEntry(event.data.id)
  const cooperative = await container
    .resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    .retrieveCooperative(entry.cooperative_id, { select: ["id", "email", "phone"] })
  const locale = await cooperativeLocale(container, entry.cooperative_id)
  const data = payoutRecordedData(entry, locale)
  await allSent([
    sendEmail(container, {
      to: cooperative.email,
      template: PAYOUT_RECORDED,
      locale,
      email: renderPayoutRecorded(locale, data),
      data,
      idempotencyKey: `${PAYOUT_RECORDED}:email:${entry.id}`,
    }),
    sendSms(container, {
      to: cooperative.phone,
      template: PAYOUT_RECORDED,
      locale,
      text: payoutRecordedSms(locale, data),
      data,
      idempotencyKey: `${PAYOUT_RECORDED}:sms:${entry.id}`,
    }),
  ])
}

export const config: SubscriberConfig = { event: LedgerEvents.PAYOUT_RECORDED }
