import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import { cooperativeFacets } from "./cooperative-facets"
import type { ListCooperativesQuery } from "./validators"

/** What a row of staff's list shows; the detail route has the rest. */
const listFields = [
  "id",
  "handle",
  "name",
  "legal_name",
  "odco_number",
  "region",
  "province",
  "commune",
  "member_count",
  "women_member_count",
  "women_led",
  "rural",
  "logo_url",
  "status",
  "status_reason",
  "status_decided_at",
  "created_at",
] as const

/**
 * `GET /admin/cooperatives`: every cooperative whatever its status, by name, filtered by
 * `status`, `province` and `q` (name, legal name or ODCO number), with the counts staff's
 * filters show (per status, per province) over all cooperatives.
 */
export const GET = async (req: MedusaRequest<unknown, ListCooperativesQuery>, res: MedusaResponse) => {
  const { status, province, q, limit, offset } = req.validatedQuery
  const service = req.scope.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  const filters = { ...(status && { status }), ...(province && { province }), ...(q && { q }) }
  const [[cooperatives, count], facets] = await Promise.all([
    service.listAndCountCooperatives(filters, { select: [...listFields], skip: offset, take: limit, order: { name: "ASC", id: "ASC" } }),
    cooperativeFacets(service),
  ])
  res.json({ cooperatives, count, limit, offset, facets })
}
