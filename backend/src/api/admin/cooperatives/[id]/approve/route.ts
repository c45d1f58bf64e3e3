import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { approveCooperativeWorkflow } from "../../../../../workflows/cooperative-review"
import { readAdminCooperative } from "../../read-admin-cooperative"
import type { EmptyBody } from "../../../validators"

/** `POST /admin/cooperatives/:id/approve`: approves a pending application; the staff user comes from the login. */
export const POST = async (req: AuthenticatedMedusaRequest<EmptyBody>, res: MedusaResponse) => {
  await approveCooperativeWorkflow(req.scope).run({ input: { id: req.params.id, decided_by: req.auth_context.actor_id } })
  res.json({ cooperative: await readAdminCooperative(req.scope, req.params.id) })
}
