import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

export const markInviteAcceptedStepId = "mark-invite-accepted"

/** Closes an invitation so its token cannot be used again; compensation reopens it. */
export const markInviteAcceptedStep = createStep(
  markInviteAcceptedStepId,
  async (inviteId: string, { container }) => {
    const cooperatives = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const invite = await cooperatives.updateCooperativeInvites({ id: inviteId, accepted_at: new Date() })
    return new StepResponse(invite, inviteId)
  },
  async (inviteId, { container }) => {
    if (!inviteId) return
    await container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE).updateCooperativeInvites({ id: inviteId, accepted_at: null })
  },
)
