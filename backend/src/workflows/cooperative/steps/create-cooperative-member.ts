import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { MemberLocale } from "../../../modules/cooperative/models/cooperative-member"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

export type CreateCooperativeMemberStepInput = {
  email: string
  first_name: string
  last_name: string
  phone?: string | null
  locale?: MemberLocale | null
}

export const createCooperativeMemberStepId = "create-cooperative-member"

/** Creates a member with no cooperative yet; compensation deletes it. */
export const createCooperativeMemberStep = createStep(
  createCooperativeMemberStepId,
  async (input: CreateCooperativeMemberStepInput, { container }) => {
    const cooperatives = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const member = await cooperatives.createCooperativeMembers(input)
    return new StepResponse(member, member.id)
  },
  async (memberId, { container }) => {
    if (!memberId) return
    await container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE).deleteCooperativeMembers(memberId)
  },
)
