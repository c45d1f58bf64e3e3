import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * Refuses variants whose product is not on sale in `salesChannelId`: not published (a draft,
 * a listing in review) or not in that channel (a suspended cooperative's products are moved out
 * of the shop's channel). Medusa's cart workflows only check stock locations, so without this a
 * hidden product could still be bought by its variant id.
 */
export async function assertSellable(
  container: MedusaContainer,
  variantIds: string[],
  salesChannelId: string | null | undefined,
): Promise<void> {
  const ids = [...new Set(variantIds.filter(Boolean))]
  if (!ids.length || !salesChannelId) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "variant",
    fields: ["id", "product.status", "product.sales_channels.id"],
    filters: { id: ids },
  })
  const sellable = new Set(
    variants
      .filter(
        (variant) =>
          variant.product?.status === "published" &&
          variant.product.sales_channels?.some((channel) => channel?.id === salesChannelId),
      )
      .map((variant) => variant.id),
  )
  const refused = ids.filter((id) => !sellable.has(id))
  if (refused.length) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `These items are not on sale: ${refused.join(", ")}`)
  }
}
