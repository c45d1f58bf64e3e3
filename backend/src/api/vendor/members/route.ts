import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createCooperativeMemberWorkflow } from "../../../workflows/cooperative/workflows/create-cooperative-member"
import { readMember } from "../read-cooperative"
import type { CreateMemberBody } from "./validators"

/**
 * Creates the member for the auth identity of a fresh registration
 * (`/auth/cooperative_member/emailpass/register`). The member then refreshes its token
 * (`POST /auth/token/refresh`) or logs in again to act as a member.
 */
export const POST = async (req: AuthenticatedMedusaRequest<CreateMemberBody>, res: MedusaResponse) => {
  const { result } = await createCooperativeMemberWorkflow(req.scope).run({
    input: { authIdentityId: req.auth_context.auth_identity_id, member: req.validatedBody },
  })
  res.status(200).json({ member: await readMember(req.scope, result.id) })
}
