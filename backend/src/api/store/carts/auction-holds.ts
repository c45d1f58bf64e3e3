import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { AUCTION_MODULE } from "../../../modules/auction"
import { productHoldingStatuses } from "../../../modules/auction/models/auction-lot"
import type AuctionModuleService from "../../../modules/auction/service"

/** A lot that holds a product out of the shop: scheduled, live, or awaiting its buyer's payment. */
export type AuctionHold = { lot_id: string; product_id: string }

/** The lots that hold any of `productIds` now. */
export async function auctionHoldsOnProducts(scope: MedusaContainer, productIds: string[]): Promise<AuctionHold[]> {
  const ids = [...new Set(productIds.filter(Boolean))]
  if (!ids.length) return []
  const lots = await scope
    .resolve<AuctionModuleService>(AUCTION_MODULE)
    .listAuctionLots({ product_id: ids, status: productHoldingStatuses }, { select: ["id", "product_id"], take: null })
  return lots.map((lot) => ({ lot_id: lot.id, product_id: lot.product_id }))
}

/** The lots that hold the products of any of `variantIds` now. */
export async function auctionHoldsOnVariants(scope: MedusaContainer, variantIds: string[]): Promise<AuctionHold[]> {
  const ids = [...new Set(variantIds.filter(Boolean))]
  if (!ids.length) return []
  const { data: variants } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "variant",
    fields: ["id", "product_id"],
    filters: { id: ids },
  })
  return auctionHoldsOnProducts(
    scope,
    variants.map((variant) => variant.product_id ?? ""),
  )
}
