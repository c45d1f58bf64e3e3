import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import ProductCooperativeLink from "../../../links/product-cooperative"
import { vendorScope } from "../scope"

/**
 * The one place that decides whether `/vendor/products/:id` and everything under it may touch a
 * product: only when the product↔cooperative link ties it to the member's own cooperative.
 * Anything else (another cooperative's product, a deleted one, an id that never existed)
 * answers the same 404, so a member cannot even learn that another cooperative's product exists.
 */
export async function requireOwnProduct(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const { cooperativeId } = vendorScope(req)
  const productId = req.params.id
  if (cooperativeId) {
    const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: ProductCooperativeLink.entryPoint,
      fields: ["product_id"],
      filters: { product_id: productId, cooperative_id: cooperativeId },
    })
    if (data.length) return next()
  }
  throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${productId} was not found`)
}
