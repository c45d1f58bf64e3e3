import type { InferEntityForModuleService } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type Cooperative from "../../../modules/cooperative/models/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

export type CreateCooperativeStepInput = Partial<InferEntityForModuleService<typeof Cooperative>>

export const createCooperativeStepId = "create-cooperative"

/** Creates a cooperative, checked by the module's rules; compensation deletes it. */
export const createCooperativeStep = createStep(
  createCooperativeStepId,
  async (input: CreateCooperativeStepInput, { container }) => {
    const cooperatives = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const cooperative = await cooperatives.createCooperatives(input)
    return new StepResponse(cooperative, cooperative.id)
  },
  async (cooperativeId, { container }) => {
    if (!cooperativeId) return
    await container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE).deleteCooperatives(cooperativeId)
  },
)
