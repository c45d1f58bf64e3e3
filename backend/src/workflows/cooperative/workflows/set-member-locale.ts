import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { MemberLocale } from "../../../modules/cooperative/models/cooperative-member"
import { updateCooperativeMemberStep } from "../steps/update-cooperative-member"

export type SetMemberLocaleWorkflowInput = {
  /** The member, always taken from their own scope, never from a request. */
  member_id: string
  locale: MemberLocale
}

/**
 * Records the language a member uses the portal in, for the emails and text messages sent to
 * them and their cooperative. Compensation restores the previous one.
 */
export const setMemberLocaleWorkflow = createWorkflow("set-member-locale", (input: SetMemberLocaleWorkflowInput) => {
  const update = transform({ input }, ({ input }) => ({ id: input.member_id, locale: input.locale }))
  return new WorkflowResponse(updateCooperativeMemberStep(update))
})
