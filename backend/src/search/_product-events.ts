import type { SearchTypes } from "@medusajs/framework/types"
import type { SearchConsumeEvent } from "@medusajs/framework/utils"

type Query = SearchTypes.SearchContainer["query"]

/** Events whose `data.id` is the product's own id. */
const productEvents = [
  "product.created",
  "product.updated",
  "product.deleted",
  "listing.approved",
  "listing.withdrawn",
  "listing.archived",
  "listing.deleted",
  "listing.revision_approved",
  "listing.price_changed",
  "listing.stock_changed",
]
/** Cooperative decisions and profile changes: `data.id` is the cooperative's, every product of it follows. */
const cooperativeEvents = ["cooperative.approved", "cooperative.suspended", "cooperative.reinstated", "cooperative.updated"]
/** Staff editing prices or stock in Medusa Admin, and orders reserving stock. */
const variantEvents = ["product-variant.created", "product-variant.updated"]
const inventoryEvents = ["inventory-level.created", "inventory-level.updated", "reservation-item.created", "reservation-item.updated", "reservation-item.deleted"]

/** Every event that can change a product's document. */
export const productIndexEvents = [...productEvents, ...cooperativeEvents, ...variantEvents, ...inventoryEvents]

function idsOf(event: SearchConsumeEvent): string[] {
  const id = (event.data as { id?: string | string[] } | undefined)?.id
  return id === undefined ? [] : Array.isArray(id) ? id : [id]
}

async function productIdsOf(query: Query, entity: string, ids: string[], field: string, withDeleted = false): Promise<string[]> {
  if (!ids.length) return []
  const { data } = await query.graph({ entity, fields: [field], filters: { id: ids }, withDeleted })
  const path = field.split(".")
  const collect = (value: unknown, depth: number): string[] => {
    if (value === null || value === undefined) return []
    if (Array.isArray(value)) return value.flatMap((entry) => collect(entry, depth))
    if (depth === path.length) return [String(value)]
    return collect((value as Record<string, unknown>)[path[depth]], depth + 1)
  }
  return [...new Set(data.flatMap((row) => collect(row, 0)))]
}

/** The products an event touches, read back through `query.graph` when the event names something else. */
export async function productIdsOfEvent(event: SearchConsumeEvent, context: SearchTypes.SearchIngestionContext): Promise<string[]> {
  const query = context.container.query
  const ids = idsOf(event)
  if (productEvents.includes(event.name)) return ids
  if (cooperativeEvents.includes(event.name)) return productIdsOf(query, "cooperative", ids, "products.id")
  if (variantEvents.includes(event.name)) return productIdsOf(query, "product_variant", ids, "product_id")
  if (event.name.startsWith("inventory-level.")) {
    return productIdsOf(query, "inventory_level", ids, "inventory_item.variants.product_id")
  }
  // A released reservation is soft-deleted: read it anyway, its stock is back on sale.
  return productIdsOf(query, "reservation", ids, "inventory_item.variants.product_id", true)
}

/** Only a deleted product leaves the index by id; other `.deleted` events re-read their products. */
export function isProductDeletion(event: SearchConsumeEvent): boolean {
  return event.name === "product.deleted" || event.name === "listing.deleted"
}
