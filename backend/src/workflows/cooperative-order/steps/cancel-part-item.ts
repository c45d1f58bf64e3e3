import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_ORDER_MODULE } from "../../../modules/cooperative-order"
import { assertItemsCancellable } from "../../../modules/cooperative-order/status-transitions"
import type CooperativeOrderModuleService from "../../../modules/cooperative-order/service"
import { fromCents, toCents } from "../split-totals"

export type CancelPartItemStepInput = { id: string; cooperative_id: string; item_id: string; reason: string }

/**
 * A cooperative cancels a line it cannot supply, with its reason, before the parcel leaves.
 * What the customer is refunded: the line's total, plus the part's shipping share when no line
 * is left (nothing will be sent). The part keeps its split figures; `refunded_total` and
 * `commission_total` move, and a part with no line left is `cancelled`. A part or line of
 * another cooperative answers 404. Compensation restores the line and the part.
 */
export const cancelPartItemStep = createStep(
  "cancel-cooperative-order-item",
  async (input: CancelPartItemStepInput, { container }) => {
    const service = container.resolve<CooperativeOrderModuleService>(COOPERATIVE_ORDER_MODULE)
    const [part] = await service.listCooperativeOrders(
      { id: input.id, cooperative_id: input.cooperative_id },
      { relations: ["items"], take: 1 },
    )
    const item = part?.items.find((candidate) => candidate.id === input.item_id)
    if (!part || !item) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order item with id: ${input.item_id} was not found`)
    assertItemsCancellable(part.status)
    if (item.cancelled_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "item_id: this item is already cancelled")

    const lastLine = part.items.every((line) => line.id === item.id || !!line.cancelled_at)
    const refund = lastLine ? toCents(part.total) - toCents(part.refunded_total) : toCents(item.total)
    const now = new Date()
    await service.updateCooperativeOrderItems({ id: item.id, cancelled_at: now, cancel_reason: input.reason })
    const updated = await service.updateCooperativeOrders({
      id: part.id,
      refunded_total: fromCents(toCents(part.refunded_total) + refund),
      commission_total: fromCents(toCents(part.commission_total) - toCents(item.commission_amount)),
      ...(lastLine ? { status: "cancelled" as const, cancelled_at: now } : {}),
    })
    const before = {
      part: {
        id: part.id,
        status: part.status,
        cancelled_at: part.cancelled_at,
        refunded_total: part.refunded_total,
        commission_total: part.commission_total,
      },
      item_id: item.id,
    }
    const result = { part: updated, line_item_id: item.line_item_id, quantity: item.quantity, refund_amount: fromCents(refund) }
    return new StepResponse(result, before)
  },
  async (before, { container }) => {
    if (!before) return
    const service = container.resolve<CooperativeOrderModuleService>(COOPERATIVE_ORDER_MODULE)
    await service.updateCooperativeOrderItems({ id: before.item_id, cancelled_at: null, cancel_reason: null })
    await service.updateCooperativeOrders(before.part)
  },
)
