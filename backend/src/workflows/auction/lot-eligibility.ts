/**
 * What makes a product fit to be put on auction, shared by the lot's creation (which refuses
 * with the reason) and staff's product picker (which lists only the fit ones).
 */

/** The product fields {@link lotProductRefusal} reads, for `query.graph`. */
export const lotProductFields = [
  "id",
  "status",
  "listing.state",
  "provenance.one_of_a_kind",
  "cooperative.id",
  "variants.id",
  "variants.manage_inventory",
  "variants.inventory_items.required_quantity",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
]

type LocationLevel = { stocked_quantity: unknown; reserved_quantity: unknown } | null
type VariantRow = {
  id: string
  manage_inventory: boolean
  inventory_items?: ({ required_quantity: unknown; inventory?: { location_levels?: LocationLevel[] | null } | null } | null)[] | null
}

/** A product as read with {@link lotProductFields}. */
export type LotProductRow = {
  id: string
  status: string
  variants?: (VariantRow | null)[] | null
  listing?: { state: string } | null
  provenance?: { one_of_a_kind: boolean } | null
  cooperative?: { id: string } | null
}

/** Pieces in stock across locations; a variant without managed inventory is always available. */
function inStock(variant: VariantRow): number {
  if (!variant.manage_inventory) return Number.POSITIVE_INFINITY
  const counts = (variant.inventory_items ?? []).map((item) => {
    const levels = item?.inventory?.location_levels ?? []
    const available = levels.reduce((sum, level) => sum + Number(level?.stocked_quantity ?? 0) - Number(level?.reserved_quantity ?? 0), 0)
    return Math.floor(available / Math.max(1, Number(item?.required_quantity ?? 1)))
  })
  return counts.length ? Math.min(...counts) : 0
}

/** The product's variants, without the nulls a graph query may leave. */
export function lotVariants(product: LotProductRow): VariantRow[] {
  return (product.variants ?? []).filter((variant): variant is VariantRow => !!variant)
}

/**
 * Why `product` cannot be put on auction, in words staff act on; `null` when it can: on sale in
 * the shop (published, its listing live), one of a kind by its provenance, sold as one variant,
 * by a cooperative, with a piece in stock. Whether another lot holds it is checked apart.
 */
export function lotProductRefusal(product: LotProductRow): string | null {
  if (product.status !== "published" || (product.listing && product.listing.state !== "live")) {
    return "Only a product on sale in the shop (a live listing) can be put on auction"
  }
  if (!product.provenance?.one_of_a_kind) return "Only a one-of-a-kind product can be put on auction: its provenance does not say it is one"
  const variants = lotVariants(product)
  if (variants.length !== 1) return `A lot sells one piece: this product has ${variants.length} variants`
  if (!product.cooperative) return "This product belongs to no cooperative"
  if (inStock(variants[0]) < 1) return "This product is out of stock: there is no piece to auction"
  return null
}
