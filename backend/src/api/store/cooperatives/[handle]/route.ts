import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, ProductStatus } from "@medusajs/framework/utils"
import { storeCooperativeProductFields } from "../query-config"

type ProductCard = {
  id: string
  status?: string | null
  sales_channels?: ({ id: string } | null)[] | null
  [field: string]: unknown
}

/**
 * `GET /store/cooperatives/:handle`: an approved cooperative with its story and its live
 * products (published and in a sales channel of the request's publishable key), in the request's
 * locale. Unknown, pending, rejected and suspended cooperatives are all 404 alike, so the store
 * does not reveal which handles exist.
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph(
    {
      entity: "cooperative",
      fields: [...req.queryConfig.fields, ...storeCooperativeProductFields],
      filters: { handle: req.params.handle, status: "approved" },
    },
    { locale: req.locale },
  )
  const [found] = data
  if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cooperative with handle ${req.params.handle} was not found`)

  const channelIds = new Set(req.publishable_key_context.sales_channel_ids)
  const { products, ...cooperative } = found
  const live = ((products ?? []) as (ProductCard | null)[])
    .filter((product): product is ProductCard => product !== null)
    .filter((product) => product.status === ProductStatus.PUBLISHED)
    .filter((product) => (product.sales_channels ?? []).some((channel) => channel !== null && channelIds.has(channel.id)))
    .map(({ status: _status, sales_channels: _channels, ...card }) => card)
  res.json({ cooperative: { ...cooperative, products: live } })
}
