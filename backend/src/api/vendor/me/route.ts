import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readMember, readOwnCooperative } from "../read-cooperative"
import { vendorScope } from "../scope"

/** The calling member and their cooperative (`null` before they apply or join one). */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { memberId, cooperativeId, role } = vendorScope(req)
  const [member, cooperative] = await Promise.all([
    readMember(req.scope, memberId),
    cooperativeId ? readOwnCooperative(req.scope, cooperativeId, role) : null,
  ])
  res.json({ member, cooperative })
}
