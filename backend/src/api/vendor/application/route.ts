import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { applyForCooperativeWorkflow } from "../../../workflows/cooperative/workflows/apply-for-cooperative"
import { readOwnCooperative } from "../read-cooperative"
import { vendorScope } from "../scope"
import type { ApplicationBody } from "./validators"

/**
 * A member applies for their cooperative to sell on Tiwizi: it is created `pending`, with the
 * member as its owner, until staff decide. The owner of a rejected application applies again
 * here too.
 */
export const POST = async (req: MedusaRequest<ApplicationBody>, res: MedusaResponse) => {
  const { memberId } = vendorScope(req)
  const { result: cooperativeId } = await applyForCooperativeWorkflow(req.scope).run({
    input: { member_id: memberId, application: req.validatedBody },
  })
  res.status(200).json({ cooperative: await readOwnCooperative(req.scope, cooperativeId, "owner") })
}
