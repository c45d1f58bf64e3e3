import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AUCTION_MODULE } from "../../../modules/auction"
import { productHoldingStatuses } from "../../../modules/auction/models/auction-lot"
import type AuctionModuleService from "../../../modules/auction/service"
import { lotProductFields, lotProductRefusal, lotVariants, type LotProductRow } from "../lot-eligibility"

/** What a lot copies from its product: the one variant it sells and the cooperative selling it. */
export type LotProduct = { product_id: string; variant_id: string; cooperative_id: string }

/**
 * Checks that staff may put `product_id` on auction: NOT_FOUND for an unknown product,
 * NOT_ALLOWED with the reason for one that is not fit (see `lotProductRefusal`) or that another
 * lot holds. Reads only; the lots' unique index on held products refuses a second
 * lot created at the same moment.
 */
export const validateLotProductStep = createStep("validate-lot-product", async ({ product_id }: { product_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: lotProductFields, filters: { id: product_id } })
  const product = data[0] as unknown as LotProductRow | undefined
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${product_id} was not found`)
  const refusal = lotProductRefusal(product)
  if (refusal) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal)
  const [holding] = await container
    .resolve<AuctionModuleService>(AUCTION_MODULE)
    .listAuctionLots({ product_id, status: productHoldingStatuses }, { select: ["id", "status"], take: 1 })
  // NOT_ALLOWED rather than CONFLICT: Medusa answers every CONFLICT with a generic retry message, and staff need this one.
  if (holding) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `This product is already on lot ${holding.id} (${holding.status})`)
  return new StepResponse<LotProduct>({ product_id, variant_id: lotVariants(product)[0].id, cooperative_id: product.cooperative!.id })
})
