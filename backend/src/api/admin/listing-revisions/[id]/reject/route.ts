import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rejectListingRevisionWorkflow } from "../../../../../workflows/listing/workflows/reject-listing-revision"
import type { ReasonBody } from "../../../validators"
import { revisionProduct } from "../../revision-product"

/** `POST /admin/listing-revisions/:id/reject`: the live product stays as it is; the member reads the reason. */
export const POST = async (req: AuthenticatedMedusaRequest<ReasonBody>, res: MedusaResponse) => {
  const { result } = await rejectListingRevisionWorkflow(req.scope).run({
    input: { revision_id: req.params.id, staff_user_id: req.auth_context.actor_id, reason: req.validatedBody.reason },
  })
  res.json({ revision: result, product: await revisionProduct(req.scope, req.params.id) })
}
