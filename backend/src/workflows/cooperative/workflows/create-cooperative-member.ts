import { emitEventStep, setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CooperativeEvents } from "../events"
import { createCooperativeMemberStep, type CreateCooperativeMemberStepInput } from "../steps/create-cooperative-member"
import { validateMemberRegistrationStep } from "../steps/validate-member-registration"

/** The auth actor type of cooperative members, and the key of their id in an auth identity. */
export const COOPERATIVE_MEMBER_ACTOR = "cooperative_member"

export type CreateCooperativeMemberWorkflowInput = {
  /** The auth identity the registration token names. */
  authIdentityId: string
  /** The member; `email` must be the login the identity was registered with. */
  member: CreateCooperativeMemberStepInput
}

export const createCooperativeMemberWorkflowId = "create-cooperative-member"

/**
 * Turns a registered auth identity into a cooperative member: creates the member (email in
 * lower case), records its id in the identity's `app_metadata.cooperative_member_id` so that
 * later logins carry it as `actor_id`, and emits `cooperative_member.created`.
 */
export const createCooperativeMemberWorkflow = createWorkflow(
  createCooperativeMemberWorkflowId,
  (input: CreateCooperativeMemberWorkflowInput) => {
    const memberData = transform({ input }, ({ input }) => ({ ...input.member, email: input.member.email.toLowerCase() }))
    validateMemberRegistrationStep({ authIdentityId: input.authIdentityId, email: memberData.email })
    const member = createCooperativeMemberStep(memberData)
    setAuthAppMetadataStep({ authIdentityId: input.authIdentityId, actorType: COOPERATIVE_MEMBER_ACTOR, value: member.id })
    emitEventStep({ eventName: CooperativeEvents.MEMBER_CREATED, data: { id: member.id } })
    return new WorkflowResponse(member)
  },
)
