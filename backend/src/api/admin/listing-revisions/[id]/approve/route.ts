import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { approveListingRevisionWorkflow } from "../../../../../workflows/listing/workflows/approve-listing-revision"
import type { EmptyBody } from "../../../validators"
import { revisionProduct } from "../../revision-product"

/** `POST /admin/listing-revisions/:id/approve`: the change is applied to the live product, which the store then shows. */
export const POST = async (req: AuthenticatedMedusaRequest<EmptyBody>, res: MedusaResponse) => {
  const { result } = await approveListingRevisionWorkflow(req.scope).run({
    input: { revision_id: req.params.id, staff_user_id: req.auth_context.actor_id },
  })
  res.json({ revision: result, product: await revisionProduct(req.scope, req.params.id) })
}
