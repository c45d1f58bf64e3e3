import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import type { CreateCooperativeStepInput } from "./create-cooperative"
import type { UpdateCooperativeStepInput } from "./update-cooperative"

export type ReopenRejectedCooperativeStepInput = {
  id: string
  details: Omit<CreateCooperativeStepInput, "id" | "handle" | "status" | "status_reason" | "status_decided_by" | "status_decided_at">
}

const STATUS_FIELDS = ["status", "status_reason", "status_decided_by", "status_decided_at"] as const

export const reopenRejectedCooperativeStepId = "reopen-rejected-cooperative"

/**
 * Puts a rejected cooperative back to `pending` with corrected details. Compensation writes
 * back the previous details and the rejection through `updateCooperatives`, which does not
 * check status moves.
 */
export const reopenRejectedCooperativeStep = createStep(
  reopenRejectedCooperativeStepId,
  async ({ id, details }: ReopenRejectedCooperativeStepInput, { container }) => {
    const cooperatives = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const fields = [...(Object.keys(details) as (keyof typeof details)[]), ...STATUS_FIELDS]
    const current = await cooperatives.retrieveCooperative(id, { select: ["id", ...fields] })
    const previous: UpdateCooperativeStepInput = { id, ...Object.fromEntries(fields.map((field) => [field, current[field]])) }
    const reopened = await cooperatives.reopenRejectedCooperative(id, details)
    return new StepResponse(reopened, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE).updateCooperatives(previous)
  },
)
