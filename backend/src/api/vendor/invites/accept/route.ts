import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { acceptCooperativeInviteWorkflow } from "../../../../workflows/cooperative/workflows/accept-cooperative-invite"
import { readMember, readOwnCooperative } from "../../read-cooperative"
import { vendorScope } from "../../scope"
import type { AcceptInviteBody } from "../validators"

/** A registered member without a cooperative joins one with an invitation's token. */
export const POST = async (req: MedusaRequest<AcceptInviteBody>, res: MedusaResponse) => {
  const { memberId } = vendorScope(req)
  const { result: cooperativeId } = await acceptCooperativeInviteWorkflow(req.scope).run({
    input: { token: req.validatedBody.token, member_id: memberId },
  })
  const member = await readMember(req.scope, memberId)
  res.json({ member, cooperative: await readOwnCooperative(req.scope, cooperativeId, member.role) })
}
