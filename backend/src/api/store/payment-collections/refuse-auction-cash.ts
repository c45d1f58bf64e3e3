import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { AUCTION_MODULE } from "../../../modules/auction"
import type AuctionModuleService from "../../../modules/auction/service"

const CASH_ON_DELIVERY = "pp_cod_cod"

/**
 * `POST /store/payment-collections/:id/payment-sessions`: cash on delivery is refused (400
 * `cash_on_delivery_not_allowed`) for the cart of an auction offer whose lot staff set to card
 * only. The checkout does not offer it for such a cart; this keeps a hand-made request from
 * choosing it anyway. The offer is found by the cart's id, never by metadata a customer can
 * write. Runs before Medusa's validator, so it reads the raw body.
 */
export async function refuseAuctionCash(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const providerId = (req.body as { provider_id?: unknown } | undefined)?.provider_id
  if (providerId !== CASH_ON_DELIVERY) return next()
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart_payment_collection",
    fields: ["cart_id"],
    filters: { payment_collection_id: req.params.id },
  })
  const cartId = data[0]?.cart_id as string | undefined
  if (!cartId) return next()
  const [offer] = await req.scope
    .resolve<AuctionModuleService>(AUCTION_MODULE)
    .listAuctionOffers({ cart_id: cartId }, { relations: ["lot"], take: 1 })
  if (offer && !offer.lot.allow_cash_on_delivery) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This auction lot is paid by card only", "cash_on_delivery_not_allowed")
  }
  next()
}
