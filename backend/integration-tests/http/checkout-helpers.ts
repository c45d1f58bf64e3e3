import { existsSync, readFileSync } from "node:fs"
import type { Api } from "./vendor-helpers"

type Headers = { headers: Record<string, string> }

/** A request's answer; a refusal becomes an error carrying Medusa's reason, not axios's bare status. */
export async function must<T>(request: Promise<T>, what: string): Promise<T> {
  return request.catch((error: { response?: { status: number; data: unknown } }) => {
    if (!error.response) throw error
    throw new Error(`${what}: ${error.response.status} ${JSON.stringify(error.response.data)}`)
  })
}

/** A delivery address in Khénifra, valid for `@tiwizi/address`; its phone is written the local way. */
export const moroccanAddress = {
  first_name: "Fatima",
  last_name: "Oulhaj",
  address_1: "12 rue Moulay Ismail",
  city: "Khénifra",
  postal_code: "54000",
  country_code: "ma",
  phone: "06 61 23 45 67",
}

type CheckoutCart = {
  regionId: string
  items: { variant_id: string; quantity: number }[]
  email?: string
  locale?: string
  address?: Record<string, string>
  /** The shipping option's name as the store lists it; the first option when left out. */
  shipping?: string
}

/**
 * Builds a cart as the storefront does, through the store API: items, email, delivery address,
 * then a shipping method among the options listed for it. Returns the cart's id, ready for a
 * payment session.
 */
export async function checkoutCart(api: Api, headers: Headers, cart: CheckoutCart): Promise<string> {
  const body = { region_id: cart.regionId, items: cart.items, locale: cart.locale ?? "fr" }
  const { data } = await must(api.post("/store/carts", body, headers), "create the cart")
  const id: string = data.cart.id
  const contact = { email: cart.email ?? "client@example.ma", shipping_address: cart.address ?? moroccanAddress }
  await must(api.post(`/store/carts/${id}`, contact, headers), "set the email and address")
  const { data: listed } = await must(api.get(`/store/shipping-options?cart_id=${id}`, headers), "list shipping options")
  const options: { id: string; name: string }[] = listed.shipping_options
  const option = cart.shipping ? options.find((candidate) => candidate.name === cart.shipping) : options[0]
  if (!option) throw new Error(`no shipping option ${cart.shipping ?? ""} for cart ${id}`)
  await must(api.post(`/store/carts/${id}/shipping-methods`, { option_id: option.id }, headers), "choose the shipping method")
  return id
}

/** Opens the cart's payment collection and a session with `providerId` (cash on delivery by default). */
export async function startPayment(api: Api, headers: Headers, cartId: string, providerId = "pp_cod_cod") {
  const { data } = await must(api.post("/store/payment-collections", { cart_id: cartId }, headers), "open the payment collection")
  const { data: session } = await must(
    api.post(`/store/payment-collections/${data.payment_collection.id}/payment-sessions`, { provider_id: providerId }, headers),
    "start the payment session",
  )
  return session.payment_collection
}

/** The notifications the outbox provider wrote to `file`, oldest first. */
export function readOutbox(file: string): { to: string; template: string; locale: string; subject: string; text: string; html: string; data: Record<string, unknown> }[] {
  if (!existsSync(file)) return []
  return readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line))
}

/**
 * Waits for the first outbox entry `matches` accepts: subscribers send after the request that
 * caused them has answered. Gives up after `timeoutMs`, returning undefined.
 */
export async function waitForEmail(file: string, matches: (entry: ReturnType<typeof readOutbox>[number]) => boolean, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const found = readOutbox(file).find(matches)
    if (found) return found
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return undefined
}
