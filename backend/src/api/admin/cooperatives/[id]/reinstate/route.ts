import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reinstateCooperativeWorkflow } from "../../../../../workflows/cooperative-review"
import { readAdminCooperative } from "../../read-admin-cooperative"
import type { EmptyBody } from "../../../validators"

/** `POST /admin/cooperatives/:id/reinstate`: reinstates a suspended cooperative and puts its products back on sale. */
export const POST = async (req: AuthenticatedMedusaRequest<EmptyBody>, res: MedusaResponse) => {
  await reinstateCooperativeWorkflow(req.scope).run({ input: { id: req.params.id, decided_by: req.auth_context.actor_id } })
  res.json({ cooperative: await readAdminCooperative(req.scope, req.params.id) })
}
