import type { Step } from "./measure.js"

/** What the scenarios send: the store's key and region, and the carts prepared for them. */
export type Fixtures = {
  publishableKey: string
  regionId: string
  handles: string[]
  /** Open carts that add-to-cart requests go to, in turn. */
  carts: string[]
  /** Variants that add-to-cart requests put in them (each in stock). */
  variants: string[]
  /** Carts ready to complete (address, shipping, cash on delivery), each completed once. */
  readyCarts: string[]
}

/** The card of a listing, as storefront/src/lib/data/products.ts asks for it. */
const cardFields = "id,handle,title,thumbnail,variants.id,*variants.calculated_price"

/** Everything the product page shows, as storefront/src/lib/data/products.ts asks for it. */
const pageFields = [
  "id,handle,title,subtitle,description,thumbnail,material,origin_country,weight,width,length,height",
  "images.id,images.url",
  "*categories",
  "options.id,options.title",
  "variants.id,variants.title,variants.manage_inventory,variants.allow_backorder,+variants.inventory_quantity",
  "variants.options.value,variants.options.option_id",
  "*variants.calculated_price",
  "*cooperative",
  "*provenance",
].join(",")

/** The cart the storefront reads back after adding a line (storefront/src/lib/data/cart.ts). */
const cartFields = [
  "id,region_id,currency_code,locale,email,completed_at,item_total,item_subtotal,subtotal,shipping_total,tax_total,discount_total,total",
  "items.id,items.title,items.created_at,items.product_id,items.product_title,items.product_handle,items.variant_id,items.variant_title",
  "items.thumbnail,items.quantity,items.unit_price,items.total",
  "shipping_address.first_name,shipping_address.last_name,shipping_address.address_1,shipping_address.address_2,shipping_address.city",
  "shipping_address.postal_code,shipping_address.province,shipping_address.country_code,shipping_address.phone",
  "shipping_methods.id,shipping_methods.name,shipping_methods.shipping_option_id,shipping_methods.amount,shipping_methods.total",
  "payment_collection.id,payment_collection.amount",
  "payment_collection.payment_sessions.id,payment_collection.payment_sessions.provider_id,payment_collection.payment_sessions.status,payment_collection.payment_sessions.data",
].join(",")

/** The results page's facets for a visitor paying in dirhams (storefront/src/lib/search-query.ts). */
const facets = [
  ...["category_handles", "materials", "technique", "dyes", "size_band", "cooperative_handle", "province"],
  ...["women_led", "rural", "one_of_a_kind", "in_stock"],
]
  .map((field): object => ({ field, limit: 50 }))
  .concat({ field: "price_mad", type: "range", ranges: [{ to: 500 }, { from: 500, to: 1000 }, { from: 1000, to: 3000 }, { from: 3000, to: 6000 }, { from: 6000 }] })

/** Words a shopper types, each finding part of the demo catalogue. */
const SEARCH_WORDS = ["tapis", "miel", "zayane", "khenifra", "argan"]

/** Pages of the whole listing that browsing walks through (the demo catalogue has 153 products). */
const BROWSE_PAGES = 12

const query = (params: Record<string, string | number>) => new URLSearchParams(Object.entries(params).map(([name, value]) => [name, String(value)])).toString()

/** Each scenario, given its fixtures, as the steps of an autocannon run. */
export const scenarios = {
  /** A listing page: 12 cards with prices in dirhams, page after page. */
  browse: (fixtures: Fixtures): Step => {
    let page = 0
    return {
      kind: "browse",
      method: "GET",
      headers: headers(fixtures),
      setupRequest: (request) => {
        const offset = (page++ % BROWSE_PAGES) * 12
        return { ...request, path: `/store/products?${query({ limit: 12, offset, region_id: fixtures.regionId, fields: cardFields })}` }
      },
    }
  },
  /** A product page by its handle, every product of the catalogue in turn. */
  product: (fixtures: Fixtures): Step => {
    let next = 0
    return {
      kind: "product",
      method: "GET",
      headers: headers(fixtures),
      setupRequest: (request) => {
        const handle = fixtures.handles[next++ % fixtures.handles.length]
        return { ...request, path: `/store/products?${query({ handle, region_id: fixtures.regionId, limit: 1, fields: pageFields })}` }
      },
    }
  },
  /** The search results page: 24 cards, every facet computed disjunctively, an exact count. */
  search: (fixtures: Fixtures): Step => {
    let next = 0
    return {
      kind: "search",
      method: "POST",
      path: "/store/search",
      headers: { ...headers(fixtures), "content-type": "application/json" },
      setupRequest: (request) => ({
        ...request,
        body: JSON.stringify({
          entity: "product",
          fields: ["id", "handle", "title_fr", "thumbnail", "price_mad"],
          filters: { q: SEARCH_WORDS[next++ % SEARCH_WORDS.length] },
          pagination: { skip: 0, take: 24 },
          search_options: { typo_tolerance: true, match_strategy: "all", facets, disjunctive_facets: true, count: "exact" },
        }),
      }),
    }
  },
  /**
   * One unit of a variant into an open cart. Carts take turns; each round gives a cart the next
   * variant, so a line never grows past one unit and a cart holds a handful of lines.
   */
  add_to_cart: (fixtures: Fixtures): Step => {
    let next = 0
    return {
      kind: "add_to_cart",
      method: "POST",
      headers: { ...headers(fixtures), "content-type": "application/json" },
      setupRequest: (request) => {
        const turn = next++
        const cart = fixtures.carts[turn % fixtures.carts.length]
        const round = Math.floor(turn / fixtures.carts.length)
        const variant = fixtures.variants[(turn + round) % fixtures.variants.length]
        return { ...request, path: `/store/carts/${cart}/line-items?${query({ fields: cartFields })}`, body: JSON.stringify({ variant_id: variant, quantity: 1 }) }
      },
    }
  },
  /**
   * Completing a ready cart into an order, each cart once: the run is sized to the carts
   * (autocannon's `amount`). A 200 that is not an order (payment not authorised) counts as failed.
   */
  checkout: (fixtures: Fixtures): Step => {
    let next = 0
    return {
      kind: "checkout",
      method: "POST",
      headers: { ...headers(fixtures), "content-type": "application/json" },
      body: "{}",
      setupRequest: (request) => {
        const cart = fixtures.readyCarts[next++]
        if (!cart) throw new Error("more checkouts than ready carts: size the run to the carts")
        return { ...request, path: `/store/carts/${cart}/complete?fields=id` }
      },
      succeeded: (_status, body) => (JSON.parse(body) as { type?: string }).type === "order",
    }
  },
}

export type ScenarioName = keyof typeof scenarios

/**
 * A shop's day in 20 requests: browse 8, product page 5, search 4, add to cart 2, checkout 1
 * (weights 40 / 25 / 20 / 10 / 5), interleaved so that each connection walks the same mix.
 */
export const MIX: ScenarioName[] = [
  ...["browse", "product", "search", "browse", "product", "browse", "search", "add_to_cart", "browse", "product"],
  ...["browse", "search", "browse", "product", "add_to_cart", "browse", "search", "browse", "product", "checkout"],
] as ScenarioName[]

/** The mixed run's steps: one step per slot of `MIX`, slots of a kind sharing its fixtures' turns. */
export function mixedSteps(fixtures: Fixtures): Step[] {
  const steps = Object.fromEntries(Object.entries(scenarios).map(([name, build]) => [name, build(fixtures)])) as Record<ScenarioName, Step>
  return MIX.map((name) => ({ ...steps[name] }))
}

function headers(fixtures: Fixtures): Record<string, string> {
  return { "x-publishable-api-key": fixtures.publishableKey, "x-medusa-locale": "fr" }
}
