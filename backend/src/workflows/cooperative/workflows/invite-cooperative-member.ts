import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { InviteRequest } from "../../../modules/cooperative/service"
import { CooperativeEvents } from "../events"
import { issueCooperativeInviteStep } from "../steps/issue-cooperative-invite"

export type InviteCooperativeMemberWorkflowInput = Omit<InviteRequest, "expires_at"> & { invited_by: string }

export const inviteCooperativeMemberWorkflowId = "invite-cooperative-member"

/**
 * An owner's invitation to join their cooperative, addressed to an email (in lower case) or a
 * phone number. Returns the invitation with its token, which exists only in this result;
 * emits `cooperative.member_invited` without the token.
 */
export const inviteCooperativeMemberWorkflow = createWorkflow(
  inviteCooperativeMemberWorkflowId,
  (input: InviteCooperativeMemberWorkflowInput) => {
    const request = transform({ input }, ({ input }) => ({
      cooperative_id: input.cooperative_id,
      email: input.email?.toLowerCase() ?? null,
      phone: input.phone ?? null,
      role: input.role,
    }))
    const issued = issueCooperativeInviteStep(request)
    const event = transform({ input, issued }, ({ input, issued }) => ({
      id: input.cooperative_id,
      invite_id: issued.invite.id,
      invited_by: input.invited_by,
      role: issued.invite.role,
    }))
    emitEventStep({ eventName: CooperativeEvents.MEMBER_INVITED, data: event })
    return new WorkflowResponse(issued)
  },
)
