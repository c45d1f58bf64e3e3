import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CooperativeEvents } from "../events"
import { markInviteAcceptedStep } from "../steps/mark-invite-accepted"
import { updateCooperativeMemberStep } from "../steps/update-cooperative-member"
import { validateInviteAcceptanceStep } from "../steps/validate-invite-acceptance"

export type AcceptCooperativeInviteWorkflowInput = { token: string; member_id: string }

export const acceptCooperativeInviteWorkflowId = "accept-cooperative-invite"

/**
 * A registered member without a cooperative joins one with an invitation's token, taking the
 * role the owner chose. The invitation is closed; emits `cooperative.member_joined`. Returns
 * the cooperative's id.
 */
export const acceptCooperativeInviteWorkflow = createWorkflow(
  acceptCooperativeInviteWorkflowId,
  (input: AcceptCooperativeInviteWorkflowInput) => {
    const invite = validateInviteAcceptanceStep(input)
    markInviteAcceptedStep(invite.invite_id)
    updateCooperativeMemberStep({ id: input.member_id, cooperative_id: invite.cooperative_id, role: invite.role })
    const event = transform({ input, invite }, ({ input, invite }) => ({
      id: invite.cooperative_id,
      member_id: input.member_id,
      invite_id: invite.invite_id,
      role: invite.role,
    }))
    emitEventStep({ eventName: CooperativeEvents.MEMBER_JOINED, data: event })
    return new WorkflowResponse(invite.cooperative_id)
  },
)
