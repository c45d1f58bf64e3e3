import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CooperativeEvents } from "../events"
import { checkApplicationAllowedStep } from "../steps/check-application-allowed"
import { createCooperativeStep } from "../steps/create-cooperative"
import { generateCooperativeHandleStep } from "../steps/generate-cooperative-handle"
import { reopenRejectedCooperativeStep, type ReopenRejectedCooperativeStepInput } from "../steps/reopen-rejected-cooperative"
import { updateCooperativeMemberStep } from "../steps/update-cooperative-member"

/** What an applicant states about their cooperative; staff check it before approving. */
export type CooperativeApplication = ReopenRejectedCooperativeStepInput["details"] & { name: string; commune: string }

export type ApplyForCooperativeWorkflowInput = { member_id: string; application: CooperativeApplication }

export const applyForCooperativeWorkflowId = "apply-for-cooperative"

/**
 * A member's application: a new `pending` cooperative with the member as its owner, or, for the
 * owner of a rejected one, that cooperative reopened as `pending` with the corrected details.
 * Emits `cooperative.applied`; returns the cooperative's id.
 */
export const applyForCooperativeWorkflow = createWorkflow(
  applyForCooperativeWorkflowId,
  (input: ApplyForCooperativeWorkflowInput) => {
    const plan = checkApplicationAllowedStep({ member_id: input.member_id })

    const created = when("new-application", plan, (plan) => !plan.reopen_cooperative_id).then(() => {
      const handle = generateCooperativeHandleStep({ name: input.application.name, commune: input.application.commune })
      const data = transform({ input, handle }, ({ input, handle }) => ({ ...input.application, handle, status: "pending" as const }))
      const cooperative = createCooperativeStep(data)
      updateCooperativeMemberStep({ id: input.member_id, cooperative_id: cooperative.id, role: "owner" })
      return cooperative
    })

    const reopened = when("re-application", plan, (plan) => !!plan.reopen_cooperative_id).then(() => {
      const reopen = transform({ input, plan }, ({ input, plan }) => ({ id: plan.reopen_cooperative_id!, details: input.application }))
      return reopenRejectedCooperativeStep(reopen)
    })

    const event = transform({ input, plan, created, reopened }, ({ input, plan, created, reopened }) => ({
      id: (created ?? reopened)!.id,
      member_id: input.member_id,
      reapplied: !!plan.reopen_cooperative_id,
      previous_status_reason: plan.previous_status_reason,
    }))
    emitEventStep({ eventName: CooperativeEvents.APPLIED, data: event })
    return new WorkflowResponse(transform({ event }, ({ event }) => event.id))
  },
)
