import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateListingWorkflow } from "../../../../../workflows/listing/workflows/update-listing"
import { vendorScope } from "../../../scope"
import { readVendorProduct } from "../../read-vendor-products"
import type { UpdateProvenanceBody } from "../../validators"

/** The stored provenance and the one proposed by the pending revision, if any. */
async function provenanceView(req: MedusaRequest) {
  const product = await readVendorProduct(req.scope, req.params.id)
  const pending = product.revision?.status === "pending" ? (product.revision.changes as { provenance?: unknown }).provenance : undefined
  return { provenance: product.provenance, pending_provenance: pending ?? null }
}

/**
 * The product's provenance as stored (weaver names included: the member's own data), and the
 * change waiting for review, if any.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json(await provenanceView(req))
}

/** Changes the provenance like any update: at once on a draft, as a revision on a live listing. */
export const POST = async (req: MedusaRequest<UpdateProvenanceBody>, res: MedusaResponse) => {
  const { memberId } = vendorScope(req)
  await updateListingWorkflow(req.scope).run({
    input: { product_id: req.params.id, member_id: memberId, changes: { provenance: req.validatedBody } },
  })
  res.json(await provenanceView(req))
}
