import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"

export type RecordPayoutStepInput = {
  cooperative_id: string
  currency_code: string
  /** What was paid, positive, in major units. */
  amount: number
  /** The bank's date of the transfer; a "YYYY-MM-DD" string is that day at 00:00 UTC. */
  paid_at: Date | string
  bank_reference: string
  /** The staff user who records it. */
  recorded_by: string
  note?: string | null
}

/**
 * Appends a payout to the cooperative's ledger; the ledger refuses it (NOT_ALLOWED) above the
 * balance at this moment, under the balance's lock, and then nothing is written. Ledger entries
 * are never changed or deleted, so this step has no compensation and comes last among the
 * steps that can fail.
 */
export const recordPayoutStep = createStep("record-cooperative-payout", async (input: RecordPayoutStepInput, { container }) => {
  const entry = await container.resolve<LedgerModuleService>(LEDGER_MODULE).recordPayout({
    cooperative_id: input.cooperative_id,
    currency_code: input.currency_code,
    amount: input.amount,
    // Workflow inputs may come back from a checkpoint as JSON: the date is rebuilt here.
    paid_at: new Date(input.paid_at),
    bank_reference: input.bank_reference,
    recorded_by: input.recorded_by,
    note: input.note ?? null,
  })
  return new StepResponse(entry)
})
