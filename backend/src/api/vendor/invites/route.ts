import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { inviteCooperativeMemberWorkflow } from "../../../workflows/cooperative/workflows/invite-cooperative-member"
import { vendorScope } from "../scope"
import type { CreateInviteBody } from "./validators"

/**
 * An owner invites someone to their cooperative. The answer carries the invitation's token,
 * once: only its hash is stored, and with no email or SMS provider configured yet the owner
 * passes the link on themselves.
 */
export const POST = async (req: MedusaRequest<CreateInviteBody>, res: MedusaResponse) => {
  // Behind `requireOwner`: the member owns a cooperative.
  const { memberId, cooperativeId } = vendorScope(req)
  const { result } = await inviteCooperativeMemberWorkflow(req.scope).run({
    input: { ...req.validatedBody, cooperative_id: cooperativeId!, invited_by: memberId },
  })
  const { id, email, phone, role, expires_at } = result.invite
  res.status(200).json({ invite: { id, email, phone, role, expires_at, cooperative_id: cooperativeId }, token: result.token })
}
