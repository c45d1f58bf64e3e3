import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CooperativeOrderEvents } from "../events"
import { createCooperativeOrdersStep } from "../steps/create-cooperative-orders"
import { loadOrderForSplitStep } from "../steps/load-order-for-split"

export type SplitOrderWorkflowInput = { order_id: string }

export const splitOrderWorkflowId = "split-order"

/**
 * Splits a customer's order into one part per cooperative (see `createCooperativeOrdersStep`)
 * and emits `cooperative_order.created` for each new part. Idempotent: an order already split
 * returns its parts' ids with `created: false` and emits nothing.
 */
export const splitOrderWorkflow = createWorkflow(splitOrderWorkflowId, (input: SplitOrderWorkflowInput) => {
  const order = loadOrderForSplitStep(input.order_id)
  const partIds = createCooperativeOrdersStep(order)
  const events = transform({ order, partIds }, ({ order, partIds }) =>
    order.existing_part_ids.length ? [] : partIds.map((id) => ({ id, order_id: order.id })),
  )
  emitEventStep({ eventName: CooperativeOrderEvents.CREATED, data: events })
  const result = transform({ order, partIds }, ({ order, partIds }) => ({ part_ids: partIds, created: !order.existing_part_ids.length }))
  return new WorkflowResponse(result)
})
