import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoreListCooperativesParamsType } from "./validators"

/**
 * `GET /store/cooperatives`: approved cooperatives only, by name, filtered by `province`,
 * `women_led` and `rural`, with their names in the request's locale.
 */
export async function GET(req: MedusaStoreRequest<unknown, StoreListCooperativesParamsType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: cooperatives, metadata } = await query.graph(
    {
      entity: "cooperative",
      fields: req.queryConfig.fields,
      filters: { ...req.filterableFields, status: "approved" },
      pagination: { ...req.queryConfig.pagination, order: { name: "ASC", id: "ASC" } },
    },
    { locale: req.locale },
  )
  res.json({ cooperatives, count: metadata?.count ?? 0, offset: metadata?.skip ?? 0, limit: metadata?.take ?? 0 })
}
