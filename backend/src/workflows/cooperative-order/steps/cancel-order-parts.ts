import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_ORDER_MODULE } from "../../../modules/cooperative-order"
import type CooperativeOrderModuleService from "../../../modules/cooperative-order/service"

/**
 * A cancelled customer order cancels the parts its cooperatives have not sent yet (new or
 * accepted): nothing is left to send, and the whole part is refunded with the order. Parts
 * already on their way or delivered stay as they are, for staff to settle. Compensation puts
 * the parts back as they were.
 */
export const cancelOrderPartsStep = createStep(
  "cancel-order-parts",
  async (orderId: string, { container }) => {
    const service = container.resolve<CooperativeOrderModuleService>(COOPERATIVE_ORDER_MODULE)
    const open = await service.listCooperativeOrders(
      { order_id: orderId, status: ["new", "accepted"] },
      { select: ["id", "status", "total", "refunded_total", "cancelled_at"] },
    )
    if (!open.length) return new StepResponse([] as string[], [] as typeof open)
    const now = new Date()
    await service.updateCooperativeOrders(open.map((part) => ({ id: part.id, status: "cancelled" as const, cancelled_at: now, refunded_total: part.total })))
    return new StepResponse(
      open.map((part) => part.id),
      open,
    )
  },
  async (before, { container }) => {
    if (!before?.length) return
    const service = container.resolve<CooperativeOrderModuleService>(COOPERATIVE_ORDER_MODULE)
    await service.updateCooperativeOrders(
      before.map((part) => ({ id: part.id, status: part.status, cancelled_at: part.cancelled_at, refunded_total: part.refunded_total })),
    )
  },
)
