import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_ORDER_MODULE } from "../../../modules/cooperative-order"
import { assertPartMove, type PartMove } from "../../../modules/cooperative-order/status-transitions"
import type CooperativeOrderModuleService from "../../../modules/cooperative-order/service"

export type MovePartStepInput = {
  id: string
  cooperative_id: string
  move: PartMove
  /** What the move records besides the status: carrier and tracking number, cash collected. */
  record?: { carrier?: string; tracking_number?: string; cash_collected?: number }
}

const stampOf: Record<PartMove, "accepted_at" | "shipped_at" | "delivered_at"> = {
  accept: "accepted_at",
  ship: "shipped_at",
  deliver: "delivered_at",
}

/** Cash on delivery records what the carrier collected; a card payment has nothing to record. */
function assertCashRecord(cashOnDelivery: boolean, cashCollected: number | undefined) {
  if (cashOnDelivery && cashCollected === undefined) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "cash_collected: say how much cash the carrier collected")
  }
  if (!cashOnDelivery && cashCollected !== undefined) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "cash_collected: this order was paid by card, no cash was collected")
  }
}

/**
 * Moves a cooperative's part one status on (new → accepted → shipped → delivered), stamping
 * when. A part of another cooperative answers 404 like a missing one; a move its status does
 * not allow is NOT_ALLOWED. Compensation puts back the status and fields as they were.
 */
export const movePartStep = createStep(
  "move-cooperative-order",
  async (input: MovePartStepInput, { container }) => {
    const service = container.resolve<CooperativeOrderModuleService>(COOPERATIVE_ORDER_MODULE)
    const [part] = await service.listCooperativeOrders({ id: input.id, cooperative_id: input.cooperative_id }, { take: 1 })
    if (!part) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${input.id} was not found`)
    const status = assertPartMove(part.status, input.move)
    if (input.move === "deliver") assertCashRecord(part.cash_on_delivery, input.record?.cash_collected)
    const stamp = stampOf[input.move]
    const before = {
      id: part.id,
      status: part.status,
      [stamp]: part[stamp],
      carrier: part.carrier,
      tracking_number: part.tracking_number,
      cash_collected: part.cash_collected,
    }
    const moved = await service.updateCooperativeOrders({ id: part.id, status, [stamp]: new Date(), ...input.record })
    return new StepResponse(moved, before)
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve<CooperativeOrderModuleService>(COOPERATIVE_ORDER_MODULE).updateCooperativeOrders(before)
  },
)
