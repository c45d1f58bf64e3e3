import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** A variant with its stock item and its prices, as the price and stock steps read it. */
export type VariantRow = {
  id: string
  manage_inventory: boolean
  inventory_items?: ({ inventory_item_id: string } | null)[] | null
  prices?: ({ id: string; currency_code: string; amount: number; rules_count?: number | null } | null)[] | null
}

/**
 * The product's variants that `requested` names, in the order asked; INVALID_DATA, naming the
 * position in the request, for an id that is not a variant of this product (a variant of
 * another product is refused the same way, even one of the member's own).
 */
export async function productVariants(container: MedusaContainer, productId: string, requested: { id: string }[]): Promise<VariantRow[]> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: [
      "variants.id",
      "variants.manage_inventory",
      "variants.inventory_items.inventory_item_id",
      "variants.prices.id",
      "variants.prices.currency_code",
      "variants.prices.amount",
      "variants.prices.rules_count",
    ],
    filters: { id: productId },
  })
  const variants = ((data[0]?.variants ?? []) as (VariantRow | null)[]).filter((variant): variant is VariantRow => !!variant)
  return requested.map(({ id }, index) => {
    const variant = variants.find((candidate) => candidate.id === id)
    if (!variant) throw new MedusaError(MedusaError.Types.INVALID_DATA, `variants.${index}.id: "${id}" is not a variant of this product`)
    return variant
  })
}
