import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateCooperativeMemberStep } from "../steps/update-cooperative-member"

export type EndMemberSessionsWorkflowInput = {
  /** The member, always taken from their own scope, never from a request. */
  member_id: string
  /** Every token issued before this moment stops opening the portal. */
  ended_at: Date
}

export const endMemberSessionsWorkflowId = "end-member-sessions"

/**
 * A member ends every session they have open (a lost phone, a phone shared with others):
 * records `sessions_ended_at`, which the vendor scope compares with each token's issue time.
 * Compensation restores the previous moment. Returns the moment recorded.
 */
export const endMemberSessionsWorkflow = createWorkflow(endMemberSessionsWorkflowId, (input: EndMemberSessionsWorkflowInput) => {
  const update = transform({ input }, ({ input }) => ({ id: input.member_id, sessions_ended_at: input.ended_at }))
  const member = updateCooperativeMemberStep(update)
  return new WorkflowResponse(transform({ member }, ({ member }) => member.sessions_ended_at as Date))
})
