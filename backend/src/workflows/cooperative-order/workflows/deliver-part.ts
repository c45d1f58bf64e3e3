import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CooperativeOrderEvents } from "../events"
import { captureCollectedCashStep } from "../steps/capture-collected-cash"
import { movePartStep } from "../steps/move-part"
import { recordEarningsStep } from "../steps/record-earnings"

export type DeliverPartWorkflowInput = { id: string; cooperative_id: string; cash_collected?: number }

/**
 * The parcel reached the customer: the part is `delivered` (with the cash the carrier collected,
 * for cash on delivery, captured on the order's payment), its sale and commission go into the
 * cooperative's ledger, and `cooperative_order.delivered` is emitted.
 */
export const deliverPartWorkflow = createWorkflow("deliver-cooperative-order", (input: DeliverPartWorkflowInput) => {
  const move = transform({ input }, ({ input }) => ({
    id: input.id,
    cooperative_id: input.cooperative_id,
    move: "deliver" as const,
    record: input.cash_collected === undefined ? {} : { cash_collected: input.cash_collected },
  }))
  const part = movePartStep(move)
  captureCollectedCashStep(
    transform({ part }, ({ part }) => ({ order_id: part.order_id, amount: Number(part.cash_collected ?? 0) })),
  )
  const earned = transform({ part }, ({ part }) => ({
    id: part.id,
    cooperative_id: part.cooperative_id,
    currency_code: part.currency_code,
    total: Number(part.total),
    refunded_total: Number(part.refunded_total),
    commission_total: Number(part.commission_total),
    delivered_at: part.delivered_at,
  }))
  recordEarningsStep(earned)
  const data = transform({ part }, ({ part }) => ({ id: part.id, order_id: part.order_id, cooperative_id: part.cooperative_id }))
  emitEventStep({ eventName: CooperativeOrderEvents.DELIVERED, data })
  return new WorkflowResponse(part)
})
