import { model } from "@medusajs/framework/utils"

export const ledgerEntryKinds = ["sale", "commission", "refund", "commission_refund", "payout"] as const
export type LedgerEntryKind = (typeof ledgerEntryKinds)[number]

/**
 * One movement of what Tiwizi owes a cooperative, in one currency, in major units. Rows are
 * appended and never changed: a balance is the sum of its entries, and a mistake is corrected by
 * a further entry, so every figure a cooperative was shown can be explained afterwards.
 * `amount` is signed from the cooperative's side: sales and commission refunds add, commissions,
 * refunds and payouts subtract.
 */
const LedgerEntry = model
  .define("ledger_entry", {
    id: model.id({ prefix: "ledg" }).primaryKey(),
    cooperative_id: model.text(),
    currency_code: model.text(),
    kind: model.enum([...ledgerEntryKinds]),
    amount: model.bigNumber(),
    cooperative_order_id: model.text().nullable(),
    bank_reference: model.text().nullable(),
    // When it happened (delivery, refund, the bank's date of a payout), not when it was recorded.
    occurred_at: model.dateTime(),
    note: model.text().nullable(),
    recorded_by: model.text().nullable(),
    // The order entries were recorded in: a sale and its commission share a date and a
    // millisecond, and a statement must still list them as they were recorded.
    seq: model.autoincrement(),
  })
  .indexes([
    // Balances and statements are always read per cooperative and currency.
    { on: ["cooperative_id", "currency_code"] },
    { on: ["cooperative_order_id"] },
  ])

export default LedgerEntry
