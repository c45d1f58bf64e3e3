import { randomBytes } from "node:crypto"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import { handleCandidates } from "../handle"

export type GenerateCooperativeHandleStepInput = { name: string; commune: string }

export const generateCooperativeHandleStepId = "generate-cooperative-handle"

/**
 * Picks a free handle for a new cooperative from its name and commune. It only reads; the
 * handle's unique index settles the rare race with another application at the same moment.
 */
export const generateCooperativeHandleStep = createStep(
  generateCooperativeHandleStepId,
  async ({ name, commune }: GenerateCooperativeHandleStepInput, { container }) => {
    const cooperatives = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const candidates = handleCandidates(name, commune)
    const taken = new Set(
      (await cooperatives.listCooperatives({ handle: candidates }, { select: ["handle"] })).map((c) => c.handle),
    )
    const free = candidates.find((handle) => !taken.has(handle))
    return new StepResponse(free ?? `${candidates[0]}-${randomBytes(3).toString("hex")}`)
  },
)
