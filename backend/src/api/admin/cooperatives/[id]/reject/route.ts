import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rejectCooperativeWorkflow } from "../../../../../workflows/cooperative-review"
import { readAdminCooperative } from "../../read-admin-cooperative"
import type { ReasonBody } from "../../../validators"

/** `POST /admin/cooperatives/:id/reject`: rejects a pending application with the reason its members read. */
export const POST = async (req: AuthenticatedMedusaRequest<ReasonBody>, res: MedusaResponse) => {
  await rejectCooperativeWorkflow(req.scope).run({
    input: { id: req.params.id, reason: req.validatedBody.reason, decided_by: req.auth_context.actor_id },
  })
  res.json({ cooperative: await readAdminCooperative(req.scope, req.params.id) })
}
