import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { suspendCooperativeWorkflow } from "../../../../../workflows/cooperative-review"
import { readAdminCooperative } from "../../read-admin-cooperative"
import type { ReasonBody } from "../../../validators"

/** `POST /admin/cooperatives/:id/suspend`: suspends an approved cooperative, taking its products out of the shop. */
export const POST = async (req: AuthenticatedMedusaRequest<ReasonBody>, res: MedusaResponse) => {
  await suspendCooperativeWorkflow(req.scope).run({
    input: { id: req.params.id, reason: req.validatedBody.reason, decided_by: req.auth_context.actor_id },
  })
  res.json({ cooperative: await readAdminCooperative(req.scope, req.params.id) })
}
