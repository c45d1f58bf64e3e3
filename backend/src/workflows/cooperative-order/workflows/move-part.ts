import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CooperativeOrderEvents } from "../events"
import { movePartStep, type MovePartStepInput } from "../steps/move-part"

const eventOf = { accept: CooperativeOrderEvents.ACCEPTED, ship: CooperativeOrderEvents.SHIPPED } as const

export type MovePartWorkflowInput = Omit<MovePartStepInput, "move"> & { move: keyof typeof eventOf }

/**
 * The accept and ship moves of a cooperative's part (see `movePartStep`), each announced by its
 * event; delivering also earns the sale (`deliverPartWorkflow`).
 */
export const movePartWorkflow = createWorkflow("move-cooperative-order", (input: MovePartWorkflowInput) => {
  const part = movePartStep(input)
  const event = transform({ input, part }, ({ input, part }) => ({
    eventName: eventOf[input.move],
    data: { id: part.id, order_id: part.order_id, cooperative_id: part.cooperative_id },
  }))
  emitEventStep(event)
  return new WorkflowResponse(part)
})
