import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type { CooperativeStatus } from "../../../modules/cooperative/models/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

/**
 * A staff decision: the status it applies to, the new one, who took it and, to reject or
 * suspend, why.
 */
export type ChangeCooperativeStatusStepInput = {
  id: string
  from: CooperativeStatus
  status: CooperativeStatus
  reason?: string | null
  decided_by: string
}

/**
 * Records a staff decision through the cooperative module, which refuses moves its status
 * machine does not allow and rejections or suspensions without a reason. `from` is checked too:
 * approving and reinstating both end in `approved`, and only a suspended cooperative has products
 * to bring back. The compensation puts the previous decision back as it was (status, reason, who
 * and when).
 */
export const changeCooperativeStatusStep = createStep(
  "change-cooperative-status",
  async (input: ChangeCooperativeStatusStepInput, { container }) => {
    const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const previous = await cooperatives.retrieveCooperative(input.id, {
      select: ["id", "status", "status_reason", "status_decided_by", "status_decided_at"],
    })
    if (previous.status !== input.from) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `status: this decision applies to a ${input.from} cooperative, this one is ${previous.status}`,
      )
    }
    const updated = await cooperatives.changeCooperativeStatus(input.id, {
      status: input.status,
      reason: input.reason,
      decided_by: input.decided_by,
    })
    return new StepResponse(updated, {
      id: previous.id,
      status: previous.status,
      status_reason: previous.status_reason,
      status_decided_by: previous.status_decided_by,
      status_decided_at: previous.status_decided_at,
    })
  },
  async (previous, { container }) => {
    if (!previous) return
    const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    // updateCooperatives, not changeCooperativeStatus: undoing a decision is not a move staff make.
    await cooperatives.updateCooperatives(previous)
  },
)
