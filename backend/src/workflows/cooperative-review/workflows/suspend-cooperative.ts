import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CooperativeReviewEvents } from "../events"
import { changeCooperativeStatusStep } from "../steps/change-cooperative-status"
import { moveCooperativeProductsWorkflow } from "./move-cooperative-products"

/** An approved cooperative to suspend, why, and the staff user who decides. */
export type SuspendCooperativeInput = { id: string; reason: string; decided_by: string }

/**
 * Suspends an approved cooperative with its reason, recording who decided and when, takes its
 * products out of the shop's sales channel into the holding channel and emits
 * `cooperative.suspended`.
 *
 * Why sales channels and not product statuses: a product's status is its listing state
 * (draft, in review, live), which the cooperative and review own; taking products out of the
 * channel hides them from every store route scoped by the publishable key, and from search
 * (which filters on sales channels), while leaving that state untouched, and the holding channel
 * remembers exactly which products to bring back. Carts are not covered: Medusa 2.21 checks a
 * variant's stock locations, not its product's channels, when it is added to a cart, so refusing
 * hidden products at checkout needs a guard on the cart workflows.
 */
export const suspendCooperativeWorkflow = createWorkflow("suspend-cooperative", (input: SuspendCooperativeInput) => {
  const cooperative = changeCooperativeStatusStep({
    id: input.id,
    from: "approved",
    status: "suspended",
    reason: input.reason,
    decided_by: input.decided_by,
  })
  moveCooperativeProductsWorkflow.runAsStep({ input: { cooperative_id: input.id, to: "holding" } })
  emitEventStep({ eventName: CooperativeReviewEvents.SUSPENDED, data: { id: input.id } })
  return new WorkflowResponse(cooperative)
})
