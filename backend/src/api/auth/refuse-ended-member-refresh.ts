import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { isSessionEnded } from "../vendor/member-sessions"
import { COOPERATIVE_MEMBER_ACTOR } from "../../workflows/cooperative/workflows/create-cooperative-member"

/**
 * `POST /auth/token/refresh` trades a valid token for a new one. A cooperative member's token
 * issued before they ended their sessions must not get one, or a lost phone would keep its
 * access by refreshing: 401, as the vendor routes answer it. Runs after Medusa's own
 * `authenticate` on that route, which has verified the token; other actors pass untouched.
 */
export async function refuseEndedMemberRefresh(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const context = (req as AuthenticatedMedusaRequest).auth_context
  if (context?.actor_type !== COOPERATIVE_MEMBER_ACTOR || !context.actor_id) return next()
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cooperative_member",
    fields: ["sessions_ended_at"],
    filters: { id: context.actor_id },
  })
  if (isSessionEnded(req, data[0]?.sessions_ended_at)) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized")
  next()
}
