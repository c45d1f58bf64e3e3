import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { MemberRole } from "../../modules/cooperative/models/cooperative-member"

/**
 * What members see of their cooperative. `status_decided_by` (a staff user's id) stays inside;
 * `bank_rib` is added for owners only, who are the ones paid out.
 */
const cooperativeFields = [
  "id",
  "handle",
  "name",
  "legal_name",
  "odco_number",
  "artisan_registry_number",
  "region",
  "province",
  "commune",
  "founded_year",
  "member_count",
  "women_member_count",
  "women_led",
  "rural",
  "story",
  "logo_url",
  "cover_url",
  "phone",
  "email",
  "status",
  "status_reason",
  "status_decided_at",
  "created_at",
  "updated_at",
]

const memberFields = ["id", "email", "first_name", "last_name", "phone", "role", "locale", "cooperative_id", "created_at"]

/** The member's own cooperative as they may see it; the id always comes from their scope. */
export async function readOwnCooperative(scope: MedusaContainer, cooperativeId: string, role: MemberRole) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const fields = role === "owner" ? [...cooperativeFields, "bank_rib"] : cooperativeFields
  const { data } = await query.graph({ entity: "cooperative", fields, filters: { id: cooperativeId } })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Your cooperative no longer exists")
  return data[0]
}

/** A member's own record. */
export async function readMember(scope: MedusaContainer, memberId: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cooperative_member", fields: memberFields, filters: { id: memberId } })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This member no longer exists")
  return data[0]
}
