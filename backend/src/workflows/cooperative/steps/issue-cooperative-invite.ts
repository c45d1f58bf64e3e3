import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import type { InviteRequest } from "../../../modules/cooperative/service"

export const issueCooperativeInviteStepId = "issue-cooperative-invite"

/**
 * Creates an invitation and returns it with its one-time token (only the token's hash is
 * stored). Compensation deletes the invitation, which makes the token worthless.
 */
export const issueCooperativeInviteStep = createStep(
  issueCooperativeInviteStepId,
  async (input: InviteRequest, { container }) => {
    const cooperatives = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const issued = await cooperatives.issueCooperativeInvite(input)
    return new StepResponse(issued, issued.invite.id)
  },
  async (inviteId, { container }) => {
    if (!inviteId) return
    await container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE).deleteCooperativeInvites(inviteId)
  },
)
