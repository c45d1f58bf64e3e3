import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CooperativeEvents } from "../events"
import { updateCooperativeStep, type UpdateCooperativeStepInput } from "../steps/update-cooperative"

export type UpdateCooperativeProfileWorkflowInput = {
  /** The cooperative, always taken from the member's scope, never from a request. */
  id: string
  member_id: string
  update: Omit<UpdateCooperativeStepInput, "id">
}

export const updateCooperativeProfileWorkflowId = "update-cooperative-profile"

/**
 * A member's change to their cooperative's profile (which fields are editable, and by whom,
 * is decided at the API's edge). Emits `cooperative.updated` with the names of the fields.
 */
export const updateCooperativeProfileWorkflow = createWorkflow(
  updateCooperativeProfileWorkflowId,
  (input: UpdateCooperativeProfileWorkflowInput) => {
    const changes = transform({ input }, ({ input }) => ({ ...input.update, id: input.id }))
    const cooperative = updateCooperativeStep(changes)
    const event = transform({ input }, ({ input }) => ({
      id: input.id,
      member_id: input.member_id,
      fields: Object.keys(input.update),
    }))
    emitEventStep({ eventName: CooperativeEvents.UPDATED, data: event })
    return new WorkflowResponse(cooperative)
  },
)
