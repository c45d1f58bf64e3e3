import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"

export type RecordRefundEntriesStepInput = {
  id: string
  cooperative_id: string
  currency_code: string
  refund_amount: number
  commission_refund: number
  reason: string
  recorded_by?: string | null
}

/**
 * A refund of a delivered part in the cooperative's ledger: a `refund` entry taking the amount
 * back, with staff's reason, and a `commission_refund` entry giving back Tiwizi's share of it
 * (none when that share is 0). Ledger entries are never changed or deleted, so this step has no
 * compensation and comes last in its workflow.
 */
export const recordRefundEntriesStep = createStep(
  "record-cooperative-refund",
  async (input: RecordRefundEntriesStepInput, { container }) => {
    const common = {
      cooperative_id: input.cooperative_id,
      currency_code: input.currency_code,
      cooperative_order_id: input.id,
      occurred_at: new Date(),
      recorded_by: input.recorded_by ?? null,
    }
    const entries = await container.resolve<LedgerModuleService>(LEDGER_MODULE).recordEntries([
      { ...common, kind: "refund", amount: -input.refund_amount, note: input.reason },
      ...(input.commission_refund > 0 ? [{ ...common, kind: "commission_refund" as const, amount: input.commission_refund }] : []),
    ])
    return new StepResponse(entries.map((entry) => entry.id))
  },
)
