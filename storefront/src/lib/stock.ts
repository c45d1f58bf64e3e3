import type { HttpTypes } from "@medusajs/types"

/** How many pieces still count as "only a few left". Most carpets are one of a kind. */
export const lowStockThreshold = 3

export type StockState =
  | { kind: "in_stock" }
  | { kind: "low"; count: number }
  | { kind: "unique" }
  | { kind: "backorder" }
  | { kind: "out_of_stock" }

type StockFields = Pick<HttpTypes.StoreProductVariant, "manage_inventory" | "allow_backorder" | "inventory_quantity">

/**
 * What a customer should read about a variant's availability. Variants whose inventory Medusa
 * does not manage (made to order, e.g. couscous) are always available.
 */
export function stockState(variant: StockFields): StockState {
  if (!variant.manage_inventory) return { kind: "in_stock" }
  const count = variant.inventory_quantity ?? 0
  if (count <= 0) return variant.allow_backorder ? { kind: "backorder" } : { kind: "out_of_stock" }
  if (count === 1) return { kind: "unique" }
  if (count <= lowStockThreshold) return { kind: "low", count }
  return { kind: "in_stock" }
}

/** Whether the add-to-cart button should be offered for this state. */
export function canBuy(state: StockState): boolean {
  return state.kind !== "out_of_stock"
}
