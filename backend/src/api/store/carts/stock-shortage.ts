import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, Modules } from "@medusajs/framework/utils"

/** A cart line as the stock check reads it. */
type CartLine = {
  quantity: unknown
  product_title?: string | null
  variant?: {
    manage_inventory?: boolean | null
    allow_backorder?: boolean | null
    inventory_items?: ({ inventory_item_id: string; required_quantity: unknown } | null)[] | null
  } | null
}

/** Stock a cart needs, per inventory item, with a product title to name it by. */
export type StockNeeds = Map<string, { quantity: number; title: string }>

/**
 * The stock `lines` take from each inventory item: only variants whose inventory Medusa manages
 * and that cannot be backordered, as Medusa reserves them when the cart is completed.
 */
export function stockNeeds(lines: (CartLine | null)[]): StockNeeds {
  const needs: StockNeeds = new Map()
  for (const line of lines) {
    const variant = line?.variant
    if (!line || !variant?.manage_inventory || variant.allow_backorder) continue
    for (const link of variant.inventory_items ?? []) {
      if (!link) continue
      const quantity = Number(link.required_quantity) * Number(line.quantity)
      const need = needs.get(link.inventory_item_id)
      needs.set(link.inventory_item_id, { quantity: (need?.quantity ?? 0) + quantity, title: need?.title ?? line.product_title ?? "" })
    }
  }
  return needs
}

/**
 * The first inventory item of `needs` whose stock at the sales channel's locations is short,
 * or `undefined` when everything is there. Read only while holding the item's checkout lock:
 * outside it, the answer can be stale by the time the order is placed.
 */
export async function findShortage(container: MedusaContainer, needs: StockNeeds, salesChannelId: string | null) {
  if (!salesChannelId) return undefined
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "sales_channel", fields: ["stock_locations.id"], filters: { id: salesChannelId } })
  const locationIds = (data[0]?.stock_locations ?? []).flatMap((location) => (location ? [location.id] : []))
  const inventory = container.resolve(Modules.INVENTORY)
  for (const [inventoryItemId, need] of needs) {
    const available = locationIds.length ? await inventory.retrieveAvailableQuantity(inventoryItemId, locationIds) : 0
    if (MathBN.lt(available, need.quantity)) return need
  }
  return undefined
}
