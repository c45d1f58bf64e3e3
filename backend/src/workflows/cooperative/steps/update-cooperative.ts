import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import type { CreateCooperativeStepInput } from "./create-cooperative"

export type UpdateCooperativeStepInput = CreateCooperativeStepInput & { id: string }

export const updateCooperativeStepId = "update-cooperative"

/**
 * Changes some fields of one cooperative, checked by the module's rules against the stored
 * record. Compensation writes back the previous values of exactly those fields.
 */
export const updateCooperativeStep = createStep(
  updateCooperativeStepId,
  async ({ id, ...changes }: UpdateCooperativeStepInput, { container }) => {
    const cooperatives = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const fields = Object.keys(changes) as (keyof typeof changes)[]
    const current = await cooperatives.retrieveCooperative(id, { select: ["id", ...fields] })
    const previous: UpdateCooperativeStepInput = { id, ...Object.fromEntries(fields.map((field) => [field, current[field]])) }
    const cooperative = await cooperatives.updateCooperatives({ id, ...changes })
    return new StepResponse(cooperative, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE).updateCooperatives(previous)
  },
)
