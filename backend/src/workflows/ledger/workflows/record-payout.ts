import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { LedgerEvents } from "../events"
import { findCooperativeStep } from "../steps/find-cooperative"
import { recordPayoutStep, type RecordPayoutStepInput } from "../steps/record-payout"

export type RecordPayoutWorkflowInput = RecordPayoutStepInput

/**
 * Staff record a bank transfer made to a cooperative: the cooperative must exist (NOT_FOUND),
 * the payout must not be above its balance in that currency (NOT_ALLOWED, nothing written; see
 * `recordPayoutStep`), and `ledger.payout_recorded` is emitted with the entry's id and the
 * amount paid. Returns the ledger entry.
 */
export const recordPayoutWorkflow = createWorkflow("record-payout", (input: RecordPayoutWorkflowInput) => {
  findCooperativeStep(input.cooperative_id)
  const payout = recordPayoutStep(input)
  const data = transform({ payout }, ({ payout }) => ({
    id: payout.id,
    cooperative_id: payout.cooperative_id,
    currency_code: payout.currency_code,
    amount: -Number(payout.amount),
  }))
  emitEventStep({ eventName: LedgerEvents.PAYOUT_RECORDED, data })
  return new WorkflowResponse(payout)
})
