import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { LEDGER_MODULE } from "../modules/ledger"
import type LedgerModuleService from "../modules/ledger/service"
import { PAYOUT_RECORDED, payoutRecordedData, payoutRecordedSms, renderPayoutRecorded } from "../notifications/payout-recorded"
import { notifyCooperative } from "../notifications/notify-cooperative"
import { LedgerEvents } from "../workflows/ledger/events"

/** The payload of `ledger.payout_recorded`: the payout entry's id and what it paid. */
type PayoutRecorded = { id: string; cooperative_id: string; currency_code: string; amount: number }

/**
 * Tells a cooperative that a transfer was made to it, by email and SMS (`notifyCooperative`):
 * amount, the bank's date and reference, read from the ledger entry itself rather than from the
 * payload.
 */
export default async function notifyCooperativeOfPayout({ event, container }: SubscriberArgs<PayoutRecorded>) {
  const entry = await container.resolve<LedgerModuleService>(LEDGER_MODULE).retrieveLedgerEntry(event.data.id)
  await notifyCooperative(container, entry.cooperative_id, {
    template: PAYOUT_RECORDED,
    key: entry.id,
    write: (locale) => {
      const data = payoutRecordedData(entry, locale)
      return { email: renderPayoutRecorded(locale, data), text: payoutRecordedSms(locale, data), data }
    },
  })
}

export const config: SubscriberConfig = { event: LedgerEvents.PAYOUT_RECORDED }
