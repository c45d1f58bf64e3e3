import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_ORDER_MODULE } from "../../../modules/cooperative-order"
import type CooperativeOrderModuleService from "../../../modules/cooperative-order/service"
import { fromCents, toCents } from "../../cooperative-order/split-totals"
import { commissionRefundCents } from "../commission-refund"

export type RefundPartStepInput = { id: string; amount: number }

/**
 * Staff refund part of what a customer paid for a delivered part. Checks the part is
 * `delivered` (NOT_ALLOWED naming its status: before delivery, the cooperative cancels items
 * instead) and the amount is at most what is due (`total − refunded_total`, INVALID_DATA), then
 * raises `refunded_total` by the amount and lowers `commission_total` by the commission given
 * back (see `commissionRefundCents`). Unknown part: NOT_FOUND. Compensation puts both figures
 * back.
 */
export const refundPartStep = createStep(
  "refund-delivered-cooperative-order",
  async (input: RefundPartStepInput, { container }) => {
    const service = container.resolve<CooperativeOrderModuleService>(COOPERATIVE_ORDER_MODULE)
    const [part] = await service.listCooperativeOrders({ id: input.id }, { take: 1 })
    if (!part) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${input.id} was not found`)
    if (part.status !== "delivered") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `status: an order that is ${part.status} cannot be refunded; only delivered orders are (before shipping, the cooperative cancels items)`,
      )
    }
    const refunded = toCents(part.refunded_total)
    const commission = toCents(part.commission_total)
    const due = toCents(part.total) - refunded
    const refund = toCents(input.amount)
    if (refund <= 0 || refund > due) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `amount: ${input.amount} is not between 0.01 and the amount due of ${fromCents(due)} ${part.currency_code.toUpperCase()}`,
      )
    }
    const commissionBack = commissionRefundCents(refund, commission, due)
    const updated = await service.updateCooperativeOrders({
      id: part.id,
      refunded_total: fromCents(refunded + refund),
      commission_total: fromCents(commission - commissionBack),
    })
    const result = {
      id: part.id,
      order_id: part.order_id,
      cooperative_id: part.cooperative_id,
      currency_code: part.currency_code,
      refund_amount: fromCents(refund),
      commission_refund: fromCents(commissionBack),
      refunded_total: Number(updated.refunded_total),
    }
    const before = { id: part.id, refunded_total: part.refunded_total, commission_total: part.commission_total }
    return new StepResponse(result, before)
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve<CooperativeOrderModuleService>(COOPERATIVE_ORDER_MODULE).updateCooperativeOrders(before)
  },
)
