import type { HttpTypes } from "@medusajs/types"

/** An amount in major units (1250 = 1 250 MAD) and its ISO currency code. */
export type Money = { amount: number; currency: string }

/** The variant's price in the region asked for, or `null` if it has none there. */
export function variantPrice(variant: Pick<HttpTypes.StoreProductVariant, "calculated_price">): Money | null {
  const price = variant.calculated_price
  if (price?.calculated_amount == null || !price.currency_code) return null
  return { amount: price.calculated_amount, currency: price.currency_code }
}

/**
 * The lowest price among a product's variants, for cards ("from ..."), and whether the
 * variants' prices differ at all.
 */
export function cheapestPrice(
  variants: readonly Pick<HttpTypes.StoreProductVariant, "calculated_price">[] | null | undefined,
): (Money & { varies: boolean }) | null {
  const prices = (variants ?? []).map(variantPrice).filter((p): p is Money => p !== null)
  if (prices.length === 0) return null
  const lowest = prices.reduce((a, b) => (b.amount < a.amount ? b : a))
  return { ...lowest, varies: prices.some((p) => p.amount !== lowest.amount) }
}
