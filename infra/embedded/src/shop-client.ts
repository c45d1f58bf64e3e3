/** A JSON answer of the backend, whatever its status. */
export type Answer = { status: number; data: any } // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * Calls the backend at `baseUrl` with a JSON body; a refused connection (a killed server) answers
 * status 0 with the error, so callers tell "refused" from "never answered".
 */
export async function call(baseUrl: string, method: string, path: string, options: { body?: unknown; headers?: Record<string, string> } = {}): Promise<Answer> {
  try {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { "content-type": "application/json", ...options.headers },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    })
    const text = await response.text()
    return { status: response.status, data: text ? safeJson(text) : undefined }
  } catch (error) {
    return { status: 0, data: { message: (error as Error).message } }
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

/** The answer's data when it is 2xx; otherwise an error naming `what` and the backend's reason. */
export function must(answer: Answer, what: string): any { // eslint-disable-line @typescript-eslint/no-explicit-any
  if (answer.status < 200 || answer.status >= 300) throw new Error(`${what}: ${answer.status} ${JSON.stringify(answer.data)}`)
  return answer.data
}

/** A delivery address in Khénifra, as the storefront's checkout sends it. */
export const moroccanAddress = {
  first_name: "Fatima",
  last_name: "Oulhaj",
  address_1: "12 rue Moulay Ismail",
  city: "Khénifra",
  postal_code: "54000",
  country_code: "ma",
  phone: "06 61 23 45 67",
}

/** The store API of one backend (or of a proxy in front of several), with the store's publishable key. */
export class Store {
  constructor(
    readonly baseUrl: string,
    readonly publishableKey: string,
  ) {}

  get(path: string): Promise<Answer> {
    return call(this.baseUrl, "GET", path, { headers: { "x-publishable-api-key": this.publishableKey } })
  }

  post(path: string, body: unknown = {}): Promise<Answer> {
    return call(this.baseUrl, "POST", path, { body, headers: { "x-publishable-api-key": this.publishableKey } })
  }

  /** The id of the region that sells in `currency`. */
  async regionId(currency = "mad"): Promise<string> {
    const { regions } = must(await this.get("/store/regions?fields=id,currency_code"), "list regions")
    const region = regions.find((candidate: { currency_code: string }) => candidate.currency_code === currency)
    if (!region) throw new Error(`no region in ${currency}`)
    return region.id
  }

  /** Every variant on sale with the stock the store shows, first page of 200 products. */
  async variantsInStock(): Promise<{ id: string; handle: string; title: string; stock: number }[]> {
    const { products } = must(await this.get("/store/products?limit=200&fields=id,handle,title,variants.id,%2Bvariants.inventory_quantity"), "list products")
    const held = await this.productsOnAuction()
    return products
      .filter((product: { id: string }) => !held.has(product.id))
      .flatMap((product: { handle: string; title: string; variants: { id: string; inventory_quantity?: number }[] }) =>
        product.variants.map((variant) => ({ id: variant.id, handle: product.handle, title: product.title, stock: variant.inventory_quantity ?? 0 })),
      )
  }

  /** The products an auction lot holds (upcoming, live, or sold and not yet paid): carts refuse them. */
  async productsOnAuction(): Promise<Set<string>> {
    const held = new Set<string>()
    for (const phase of ["upcoming", "live", "ended"]) {
      const { auctions } = must(await this.get(`/store/auctions?phase=${phase}&limit=100`), `list ${phase} auctions`)
      for (const lot of auctions as { status: string; product: { id: string } }[]) {
        if (lot.status !== "paid") held.add(lot.product.id)
      }
    }
    return held
  }

  /**
   * A cart ready to complete, built as the storefront builds it: `variantId` in the region, the
   * email and address, the first shipping option, and a cash-on-delivery payment session.
   */
  async readyCart(regionId: string, variantId: string, email: string): Promise<string> {
    const { cart } = must(await this.post("/store/carts", { region_id: regionId, items: [{ variant_id: variantId, quantity: 1 }], locale: "fr" }), "create a cart")
    must(await this.post(`/store/carts/${cart.id}`, { email, shipping_address: moroccanAddress }), "set the address")
    const { shipping_options } = must(await this.get(`/store/shipping-options?cart_id=${cart.id}`), "list shipping options")
    must(await this.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: shipping_options[0].id }), "choose shipping")
    const { payment_collection } = must(await this.post("/store/payment-collections", { cart_id: cart.id }), "open the payment collection")
    must(await this.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_cod_cod" }), "start the payment")
    return cart.id
  }
}

/** A bearer token for an actor (`user` for staff, `cooperative_member`) from email and password. */
export async function logIn(baseUrl: string, actor: string, email: string, password: string): Promise<string> {
  return must(await call(baseUrl, "POST", `/auth/${actor}/emailpass`, { body: { email, password } }), `log in ${email}`).token
}
