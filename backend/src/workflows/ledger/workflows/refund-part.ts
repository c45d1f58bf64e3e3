import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { refundCustomerStep } from "../../cooperative-order/steps/refund-customer"
import { recordRefundEntriesStep } from "../steps/record-refund-entries"
import { refundPartStep } from "../steps/refund-part"

export type RefundPartWorkflowInput = {
  /** The delivered part (`cooperative_order`) refunded. */
  id: string
  /** Given back to the customer, in major units: more than 0, at most `total − refunded_total`. */
  amount: number
  /** Staff's reason, kept on the ledger's refund entry and the payment's refund note. */
  reason: string
  /** The staff user who refunds. */
  recorded_by?: string | null
}

/**
 * Staff refund a customer, in part or in full, for a cooperative's delivered part (a damaged
 * carpet, a return). Only a `delivered` part can be refunded this way (NOT_ALLOWED naming its
 * status), for at most what is due (`total − refunded_total`).
 *
 * 1. The part's `refunded_total` rises by the amount; its `commission_total` falls by the
 *    commission given back.
 * 2. The customer is refunded through the Medusa payment when the money was captured (a card);
 *    otherwise (cash on delivery) the refund is handed over outside the shop.
 * 3. The cooperative's ledger gets a `refund` entry of −amount and a `commission_refund` entry
 *    of +commission given back, where the commission given back is
 *    `round_to_cent(amount × commission_total ÷ (total − refunded_total))`, both figures taken
 *    before this refund, and no entry when that is 0. The cooperative thus bears the refund
 *    less the commission Tiwizi had taken on it, and over several refunds Tiwizi never gives
 *    back more commission than it took.
 *
 * A lock on the part keeps two refunds of it from both passing the amount-due check. The
 * payment refund and the ledger entries cannot be taken back, so they run last, in that order:
 * if the payment refund fails, the part's figures are put back and nothing is written.
 */
export const refundPartWorkflow = createWorkflow("refund-cooperative-order", (input: RefundPartWorkflowInput) => {
  const key = transform({ input }, ({ input }) => `cooperative_order:${input.id}`)
  acquireLockStep({ key, timeout: 10, ttl: 60 })
  const refunded = refundPartStep(transform({ input }, ({ input }) => ({ id: input.id, amount: input.amount })))
  const payment = transform({ refunded, input }, ({ refunded, input }) => ({
    order_id: refunded.order_id,
    amount: refunded.refund_amount,
    note: `Refunded by Tiwizi staff: ${input.reason}`,
  }))
  const throughPayment = refundCustomerStep(payment)
  const entries = transform({ refunded, input }, ({ refunded, input }) => ({
    id: refunded.id,
    cooperative_id: refunded.cooperative_id,
    currency_code: refunded.currency_code,
    refund_amount: refunded.refund_amount,
    commission_refund: refunded.commission_refund,
    reason: input.reason,
    recorded_by: input.recorded_by ?? null,
  }))
  recordRefundEntriesStep(entries)
  releaseLockStep({ key })
  const result = transform({ refunded, throughPayment }, ({ refunded, throughPayment }) => ({
    id: refunded.id,
    refund_amount: refunded.refund_amount,
    commission_refund: refunded.commission_refund,
    refunded_through_payment: throughPayment,
  }))
  return new WorkflowResponse(result)
})
