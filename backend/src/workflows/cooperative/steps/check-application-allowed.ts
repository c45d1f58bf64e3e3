import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

export type CheckApplicationAllowedStepInput = { member_id: string }

/** What an application will do: create a cooperative, or reopen the member's rejected one. */
export type ApplicationPlan = {
  reopen_cooperative_id: string | null
  previous_status_reason: string | null
}

export const checkApplicationAllowedStepId = "check-application-allowed"

/**
 * A member may apply when they belong to no cooperative, or when they own one staff rejected
 * (it is then reopened). Anything else is NOT_ALLOWED, with the reason the member can act on.
 */
export const checkApplicationAllowedStep = createStep(
  checkApplicationAllowedStepId,
  async ({ member_id }: CheckApplicationAllowedStepInput, { container }) => {
    const cooperatives = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const member = await cooperatives.retrieveCooperativeMember(member_id, { relations: ["cooperative"] })
    const current = member.cooperative
    if (!current) return new StepResponse<ApplicationPlan>({ reopen_cooperative_id: null, previous_status_reason: null })

    if (current.status === "pending") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Your application for ${current.name} is waiting for staff review; you can apply again only if it is rejected`,
      )
    }
    if (current.status !== "rejected") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `You already belong to ${current.name}, which is ${current.status}`)
    }
    if (member.role !== "owner") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Only the owner of ${current.name} can apply again after its rejection`)
    }
    return new StepResponse<ApplicationPlan>({
      reopen_cooperative_id: current.id,
      previous_status_reason: current.status_reason ?? null,
    })
  },
)
