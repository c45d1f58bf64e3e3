import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"
import { fromCents, toCents } from "../split-totals"

export type RecordEarningsStepInput = {
  id: string
  cooperative_id: string
  currency_code: string
  total: number
  refunded_total: number
  commission_total: number
  delivered_at: Date | string | null
}

/**
 * A delivered part is earned: the ledger gets its sale (what the customer paid for it, less
 * refunds) and Tiwizi's commission as two entries. Ledger entries are never changed or deleted,
 * so this step has no compensation and comes last in its workflow, after everything that can fail.
 */
export const recordEarningsStep = createStep("record-cooperative-earnings", async (part: RecordEarningsStepInput, { container }) => {
  const common = {
    cooperative_id: part.cooperative_id,
    currency_code: part.currency_code,
    cooperative_order_id: part.id,
    occurred_at: new Date(part.delivered_at ?? Date.now()),
  }
  const sale = fromCents(toCents(part.total) - toCents(part.refunded_total))
  const commission = fromCents(toCents(part.commission_total))
  const entries = await container.resolve<LedgerModuleService>(LEDGER_MODULE).recordEntries([
    ...(sale > 0 ? [{ ...common, kind: "sale" as const, amount: sale }] : []),
    ...(commission > 0 ? [{ ...common, kind: "commission" as const, amount: -commission }] : []),
  ])
  return new StepResponse(entries.map((entry) => entry.id))
})
