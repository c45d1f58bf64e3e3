import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CooperativeReviewEvents } from "../events"
import { changeCooperativeStatusStep } from "../steps/change-cooperative-status"
import { moveCooperativeProductsWorkflow } from "./move-cooperative-products"

/** A suspended cooperative to reinstate and the staff user who decides. */
export type ReinstateCooperativeInput = { id: string; decided_by: string }

/**
 * Reinstates a suspended cooperative (back to approved, recording who decided and when), moves
 * the products its suspension took out back into the shop's sales channel and emits
 * `cooperative.reinstated`. Anything but a suspended cooperative is refused (NOT_ALLOWED).
 */
export const reinstateCooperativeWorkflow = createWorkflow("reinstate-cooperative", (input: ReinstateCooperativeInput) => {
  const cooperative = changeCooperativeStatusStep({ id: input.id, from: "suspended", status: "approved", decided_by: input.decided_by })
  moveCooperativeProductsWorkflow.runAsStep({ input: { cooperative_id: input.id, to: "shop" } })
  emitEventStep({ eventName: CooperativeReviewEvents.REINSTATED, data: { id: input.id } })
  return new WorkflowResponse(cooperative)
})
