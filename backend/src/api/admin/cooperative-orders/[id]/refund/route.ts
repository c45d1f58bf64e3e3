import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refundPartWorkflow } from "../../../../../workflows/ledger/workflows/refund-part"
import type { RefundBody } from "../../../ledger-validators"

/**
 * `POST /admin/cooperative-orders/:id/refund`: staff refund a customer for a delivered part (see
 * `refundPartWorkflow`); answers with the part as it now stands and the amount refunded.
 */
export const POST = async (req: AuthenticatedMedusaRequest<RefundBody>, res: MedusaResponse) => {
  const { result } = await refundPartWorkflow(req.scope).run({
    input: { id: req.params.id, ...req.validatedBody, recorded_by: req.auth_context.actor_id },
  })
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cooperative_order",
    fields: ["*", "items.*"],
    filters: { id: result.id },
  })
  const part = data[0]
  const due = Math.round((Number(part.total) - Number(part.refunded_total)) * 100) / 100
  res.json({ order: { ...part, amount_due: due }, refund_amount: result.refund_amount })
}
