import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

/**
 * The cooperative money moves for, whatever its status (a suspended cooperative is still paid
 * what it earned); NOT_FOUND for an unknown id. Reads only, so nothing to compensate.
 */
export const findCooperativeStep = createStep("find-ledger-cooperative", async (cooperativeId: string, { container }) => {
  const [cooperative] = await container
    .resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    .listCooperatives({ id: cooperativeId }, { select: ["id", "handle"], take: 1 })
  if (!cooperative) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cooperative with id: ${cooperativeId} was not found`)
  return new StepResponse({ id: cooperative.id, handle: cooperative.handle })
})
