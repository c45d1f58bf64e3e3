import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteListingWorkflow } from "../../../../workflows/listing/workflows/delete-listing"
import { updateListingWorkflow } from "../../../../workflows/listing/workflows/update-listing"
import { vendorScope } from "../../scope"
import { readVendorProduct } from "../read-vendor-products"
import type { UpdateProductBody } from "../validators"

/** One product of the member's cooperative (ownership is checked by `requireOwnProduct`). */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ product: await readVendorProduct(req.scope, req.params.id) })
}

/**
 * Changes texts, category, images or provenance: at once on a draft or rejected listing; on a
 * live one as a revision for staff (see `product.revision`), while the store keeps the live version.
 */
export const POST = async (req: MedusaRequest<UpdateProductBody>, res: MedusaResponse) => {
  const { memberId } = vendorScope(req)
  await updateListingWorkflow(req.scope).run({
    input: { product_id: req.params.id, member_id: memberId, changes: req.validatedBody },
  })
  res.json({ product: await readVendorProduct(req.scope, req.params.id) })
}

/** Deletes a draft that was never live; anything else is refused with a pointer to archiving. */
export const DELETE = async (req: MedusaRequest, res: MedusaResponse) => {
  const { memberId } = vendorScope(req)
  await deleteListingWorkflow(req.scope).run({ input: { product_id: req.params.id, member_id: memberId } })
  res.json({ id: req.params.id, object: "product", deleted: true })
}
