import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { updateCooperativeProfileWorkflow } from "../../../workflows/cooperative/workflows/update-cooperative-profile"
import { readOwnCooperative } from "../read-cooperative"
import { vendorScope } from "../scope"
import type { UpdateCooperativeBody } from "./validators"

// Both handlers sit behind `requireCooperative`, so the scope's cooperative is set.

/** The member's own cooperative; there is no id to ask for another one. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { cooperativeId, role } = vendorScope(req)
  res.json({ cooperative: await readOwnCooperative(req.scope, cooperativeId!, role) })
}

/** Updates the editable fields of the member's own cooperative; bank details need an owner. */
export const POST = async (req: MedusaRequest<UpdateCooperativeBody>, res: MedusaResponse) => {
  const { memberId, cooperativeId, role } = vendorScope(req)
  if (req.validatedBody.bank_rib !== undefined && role !== "owner") {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "Only an owner of the cooperative can change bank_rib")
  }
  await updateCooperativeProfileWorkflow(req.scope).run({
    input: { id: cooperativeId!, member_id: memberId, update: req.validatedBody },
  })
  res.json({ cooperative: await readOwnCooperative(req.scope, cooperativeId!, role) })
}
