import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { CooperativeStatus } from "../../modules/cooperative/models/cooperative"
import type { MemberRole } from "../../modules/cooperative/models/cooperative-member"
import { isSessionEnded } from "./member-sessions"

/** Who is calling a `/vendor` route, for whom they act, and with which role. */
export type VendorScope = {
  memberId: string
  cooperativeId: string | null
  role: MemberRole
}

type LoadedScope = VendorScope & { cooperativeStatus: CooperativeStatus | null }

// Keyed by the request itself, so a scope cannot outlive its request or be set from outside.
const scopes = new WeakMap<MedusaRequest, LoadedScope>()

function loadedScope(req: MedusaRequest): LoadedScope {
  const scope = scopes.get(req)
  if (!scope) {
    // A route that reads the scope without the vendor middleware in front of it: a server bug.
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "This route is not behind the vendor scope middleware")
  }
  return scope
}

/**
 * The calling member's tenant scope, set once for every `/vendor/*` route by
 * `loadVendorScope`. Handlers take the cooperative from here and nowhere else: never from a
 * path, a query or a body.
 */
export function vendorScope(req: MedusaRequest): VendorScope {
  const { memberId, cooperativeId, role } = loadedScope(req)
  return { memberId, cooperativeId, role }
}

/**
 * Loads the authenticated member (`auth_context.actor_id`) with their cooperative's id and
 * status. A token whose member no longer exists, or issued before the member ended their
 * sessions, answers 401, like no token at all.
 */
export async function loadVendorScope(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const actorId = (req as AuthenticatedMedusaRequest).auth_context?.actor_id
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = actorId
    ? await query.graph({
        entity: "cooperative_member",
        fields: ["id", "role", "cooperative_id", "sessions_ended_at", "cooperative.status"],
        filters: { id: actorId },
      })
    : { data: [] }
  const member = data[0]
  if (!member || isSessionEnded(req, member.sessions_ended_at)) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized")
  scopes.set(req, {
    memberId: member.id,
    cooperativeId: member.cooperative_id ?? null,
    role: member.role,
    cooperativeStatus: member.cooperative?.status ?? null,
  })
  next()
}

/** 404 for routes about "my cooperative" when the member belongs to none yet. */
export function requireCooperative(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if (!loadedScope(req).cooperativeId) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      "You do not belong to a cooperative yet: apply for yours, or accept an invitation from its owner",
    )
  }
  next()
}

/** 403 unless the member owns their cooperative (inviting, bank details). */
export function requireOwner(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const { cooperativeId, role } = loadedScope(req)
  if (!cooperativeId) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "You do not belong to a cooperative yet")
  }
  if (role !== "owner") {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "Only an owner of the cooperative can do this")
  }
  next()
}

/**
 * 403 unless the member's cooperative is `approved`: only approved cooperatives list and sell
 * products. The message says what stands in the way.
 */
export function requireApprovedCooperative(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const { cooperativeId, cooperativeStatus } = loadedScope(req)
  if (!cooperativeId) {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      "You do not belong to a cooperative yet: only members of an approved cooperative can do this",
    )
  }
  if (cooperativeStatus !== "approved") {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      `Your cooperative is ${cooperativeStatus}: only approved cooperatives can do this`,
    )
  }
  next()
}
