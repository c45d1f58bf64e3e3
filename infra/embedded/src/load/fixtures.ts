import { call, logIn, must, Store } from "../shop-client.js"

/** Staff of the demo seed, who may raise stock through the admin API. */
const STAFF = { email: "admin@tiwizi.local", password: "tiwizi-demo" }

/** Requests in flight while preparing: as many as the bench's connections, no more. */
const PREPARING = 10

/** Runs `make(i)` for i < count, PREPARING at a time, and returns the results in order. */
async function inBatches<T>(count: number, make: (index: number) => Promise<T>): Promise<T[]> {
  const made: T[] = []
  for (let first = 0; first < count; first += PREPARING) {
    const indexes = Array.from({ length: Math.min(PREPARING, count - first) }, (_, offset) => first + offset)
    made.push(...(await Promise.all(indexes.map(make))))
  }
  return made
}

/** `count` new open carts in the region, in French, as the storefront creates them. */
export function openCarts(store: Store, regionId: string, count: number): Promise<string[]> {
  return inBatches(count, async () => must(await store.post("/store/carts", { region_id: regionId, locale: "fr" }), "create a cart").cart.id as string)
}

/** `count` carts ready to complete, the i-th holding one unit of `variants[i % variants.length]`. */
export function readyCarts(store: Store, regionId: string, variants: string[], count: number, tag: string): Promise<string[]> {
  return inBatches(count, (index) => store.readyCart(regionId, variants[index % variants.length], `load-${tag}-${index}@example.ma`))
}

/** How many units of each variant `count` carts of `readyCarts` hold. */
export function unitsOf(variants: string[], count: number): Map<string, number> {
  const units = new Map<string, number>()
  for (let index = 0; index < count; index++) units.set(variants[index % variants.length], (units.get(variants[index % variants.length]) ?? 0) + 1)
  return units
}

type StockLevel = { inventory_item_id: string; location_id: string; stocked_quantity: number }

/**
 * Adds `units` to the stock of each variant through the admin API, as staff receiving goods
 * would, so that a run's checkouts leave what the shop had for sale as it was: the seed's stocks
 * are small (40 at most) and every run buys some.
 */
export async function restock(baseUrl: string, units: Map<string, number>): Promise<void> {
  const token = await logIn(baseUrl, "user", STAFF.email, STAFF.password)
  const headers = { authorization: `Bearer ${token}` }
  const get = async (path: string) => must(await call(baseUrl, "GET", path, { headers }), `GET ${path}`)
  const { variants } = await get(`/admin/product-variants?limit=500&fields=id,inventory_items.inventory_item_id`)
  const itemOf = new Map<string, string>(
    variants.map((variant: { id: string; inventory_items?: { inventory_item_id: string }[] }) => [variant.id, variant.inventory_items?.[0]?.inventory_item_id]),
  )
  const update: StockLevel[] = []
  for (const [variant, added] of units) {
    const item = itemOf.get(variant)
    if (!item) throw new Error(`variant ${variant} has no inventory item to restock`)
    const { inventory_levels } = await get(`/admin/inventory-items/${item}/location-levels?fields=location_id,stocked_quantity`)
    const level = inventory_levels[0] as StockLevel | undefined
    if (!level) throw new Error(`inventory item ${item} is stocked nowhere`)
    update.push({ inventory_item_id: item, location_id: level.location_id, stocked_quantity: level.stocked_quantity + added })
  }
  must(await call(baseUrl, "POST", "/admin/inventory-items/location-levels/batch", { headers, body: { update } }), "restock")
}
