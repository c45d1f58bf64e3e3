import type { MemberLocale, MemberRole } from "../../../modules/cooperative/models/cooperative-member"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

export type UpdateCooperativeMemberStepInput = {
  id: string
  cooperative_id?: string | null
  role?: MemberRole
  sessions_ended_at?: Date | null
  locale?: MemberLocale | null
}

export const updateCooperativeMemberStepId = "update-cooperative-member"

/**
 * Attaches a member to a cooperative, changes their role or language, or ends their sessions;
 * compensation restores all four.
 */
export const updateCooperativeMemberStep = createStep(
  updateCooperativeMemberStepId,
  async (input: UpdateCooperativeMemberStepInput, { container }) => {
    const cooperatives = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const previous = await cooperatives.retrieveCooperativeMember(input.id, {
      select: ["id", "cooperative_id", "role", "sessions_ended_at", "locale"],
    })
    const member = await cooperatives.updateCooperativeMembers(input)
    return new StepResponse(member, {
      id: previous.id,
      cooperative_id: previous.cooperative_id,
      role: previous.role,
      sessions_ended_at: previous.sessions_ended_at,
      locale: previous.locale,
    })
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE).updateCooperativeMembers(previous)
  },
)
