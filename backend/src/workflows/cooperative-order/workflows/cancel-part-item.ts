import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CooperativeOrderEvents } from "../events"
import { cancelPartItemStep, type CancelPartItemStepInput } from "../steps/cancel-part-item"
import { refundCustomerStep } from "../steps/refund-customer"
import { withdrawCancelledStockStep } from "../steps/withdraw-cancelled-stock"

/**
 * A cooperative cancels an item it cannot supply, with a reason: the line is cancelled in its
 * part only (see `cancelPartItemStep`), the missing piece leaves its stock, the customer is
 * refunded for it, and `cooperative_order.item_cancelled` is emitted. Other cooperatives' parts
 * and ledgers are untouched; this one's ledger earns only what is delivered.
 */
export const cancelPartItemWorkflow = createWorkflow("cancel-cooperative-order-item", (input: CancelPartItemStepInput) => {
  const cancelled = cancelPartItemStep(input)
  withdrawCancelledStockStep(transform({ cancelled }, ({ cancelled }) => cancelled.line_item_id))
  const refund = transform({ cancelled, input }, ({ cancelled, input }) => ({
    order_id: cancelled.part.order_id,
    amount: cancelled.refund_amount,
    note: `Cancelled by the cooperative: ${input.reason}`,
  }))
  const refunded = refundCustomerStep(refund)
  const data = transform({ cancelled, input }, ({ cancelled, input }) => ({
    id: cancelled.part.id,
    order_id: cancelled.part.order_id,
    cooperative_id: cancelled.part.cooperative_id,
    item_id: input.item_id,
    reason: input.reason,
  }))
  emitEventStep({ eventName: CooperativeOrderEvents.ITEM_CANCELLED, data })
  const result = transform({ cancelled, refunded }, ({ cancelled, refunded }) => ({
    part: cancelled.part,
    refund_amount: cancelled.refund_amount,
    refunded_through_payment: refunded,
  }))
  return new WorkflowResponse(result)
})
