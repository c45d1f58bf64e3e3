import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { AUCTION_MODULE } from "../../src/modules/auction"
import type AuctionModuleService from "../../src/modules/auction/service"
import { EMAIL_VERIFICATION_MODULE } from "../../src/modules/email-verification"
import type EmailVerificationModuleService from "../../src/modules/email-verification/service"
import { products } from "../../src/scripts/seed/catalogue"
import { seedShop } from "../../src/scripts/seed/index"
import { ownerEmail } from "../../src/scripts/seed/cooperative-owners"
import { must } from "./checkout-helpers"
import { attempt, type Api, type Response } from "./vendor-helpers"

/**
 * One-of-a-kind carpets of three different cooperatives: enough for a suite to put several
 * products on auction at once, few enough to seed quickly.
 */
export const auctionCarpets = products
  .filter((product) => product.oneOfAKind)
  .filter((product, index, all) => all.findIndex((other) => other.cooperative === product.cooperative) === index)
  .slice(0, 3)

/** Request headers for the store API, with a customer's token when given. */
export type StoreHeaders = { headers: Record<string, string> }

/**
 * Seeds the shop with {@link auctionCarpets} (in a suite's `beforeAll`, so the test runner's
 * snapshot keeps it) and returns the store headers and the Moroccan region.
 */
export async function seedAuctionShop(api: Api, container: MedusaContainer) {
  const { publishableKey } = await seedShop(container, auctionCarpets)
  const store: StoreHeaders = { headers: { "x-publishable-api-key": publishableKey } }
  const { data } = await must(api.get("/store/regions?fields=id,currency_code", store), "list the regions")
  const region = data.regions.find((candidate: { currency_code: string }) => candidate.currency_code === "mad")
  return { store, regionId: region.id as string }
}

/** A seeded carpet that is on sale, with its variant and its cooperative (and its owner's email). */
export type AuctionProduct = {
  id: string
  handle: string
  variantId: string
  cooperativeId: string
  cooperativeHandle: string
  ownerEmail: string
}

/** The seeded carpet `handle` (the first of {@link auctionCarpets} by default), ready to auction. */
export async function auctionProduct(container: MedusaContainer, handle = auctionCarpets[0].handle): Promise<AuctionProduct> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "variants.id", "cooperative.id", "cooperative.handle"],
    filters: { handle },
  })
  const [product] = data
  if (!product?.cooperative) throw new Error(`${handle} is not a seeded product of a cooperative`)
  return {
    id: product.id,
    handle: product.handle,
    variantId: product.variants[0].id,
    cooperativeId: product.cooperative.id,
    cooperativeHandle: product.cooperative.handle,
    ownerEmail: ownerEmail(product.cooperative.handle),
  }
}

export const auctionService = (container: MedusaContainer) => container.resolve<AuctionModuleService>(AUCTION_MODULE)

/** What a test chooses about a lot; times default to "started a minute ago, ends in an hour". */
export type LotSpec = {
  starts_at?: Date
  ends_at?: Date
  starting_price?: number
  reserve_price?: number | null
  soft_close_minutes?: number
  status?: "scheduled" | "live"
  payment_days?: number
  allow_cash_on_delivery?: boolean
}

/** A lot of `product`, created directly through the auction module service, as staff's would be. */
export async function createLot(container: MedusaContainer, product: AuctionProduct, spec: LotSpec = {}) {
  const now = Date.now()
  const endsAt = spec.ends_at ?? new Date(now + 60 * 60_000)
  const [lot] = await auctionService(container).createAuctionLots([
    {
      product_id: product.id,
      variant_id: product.variantId,
      cooperative_id: product.cooperativeId,
      currency_code: "mad",
      starting_price: spec.starting_price ?? 3_000,
      reserve_price: spec.reserve_price ?? null,
      starts_at: spec.starts_at ?? new Date(now - 60_000),
      ends_at: endsAt,
      scheduled_end_at: endsAt,
      soft_close_minutes: spec.soft_close_minutes ?? 5,
      status: spec.status ?? "live",
      payment_days: spec.payment_days ?? 3,
      allow_cash_on_delivery: spec.allow_cash_on_delivery ?? false,
    },
  ])
  return lot
}

/** A customer with an account, logged in: their store headers carry their bearer token. */
export type Bidder = { id: string; email: string; token: string; headers: Record<string, string> }

const BIDDER_PASSWORD = "enchere-khenifra-2026"

/**
 * Registers a customer through the store API as the storefront does and logs them in; their
 * email is verified through the email verification module unless `verified` is false.
 */
export async function createBidder(api: Api, container: MedusaContainer, store: StoreHeaders, email: string, verified = true): Promise<Bidder> {
  const { data: registered } = await must(api.post("/auth/customer/emailpass/register", { email, password: BIDDER_PASSWORD }), `register ${email}`)
  const { data } = await must(
    api.post("/store/customers", { email, first_name: "Hadda", last_name: "Oubella" }, { headers: { ...store.headers, authorization: `Bearer ${registered.token}` } }),
    `create the customer ${email}`,
  )
  if (verified) await container.resolve<EmailVerificationModuleService>(EMAIL_VERIFICATION_MODULE).markEmailVerified(data.customer.id, email)
  const { data: login } = await must(api.post("/auth/customer/emailpass", { email, password: BIDDER_PASSWORD }), `log ${email} in`)
  return { id: data.customer.id, email, token: login.token, headers: { ...store.headers, authorization: `Bearer ${login.token}` } }
}

/** `count` verified customers, `<prefix>-1@example.ma`, ..., created one after the other. */
export async function createBidders(api: Api, container: MedusaContainer, store: StoreHeaders, count: number, prefix = "enchereur"): Promise<Bidder[]> {
  const bidders: Bidder[] = []
  for (let index = 1; index <= count; index++) bidders.push(await createBidder(api, container, store, `${prefix}-${index}@example.ma`))
  return bidders
}

/** A bid as the storefront sends it; the response whether accepted or refused. */
export function placeBid(
  api: Api,
  headers: Record<string, string>,
  lotId: string,
  bid: { amount: number; max?: boolean; currency_code?: string },
): Promise<Response> {
  return attempt(api.post(`/store/auctions/${lotId}/bids`, { currency_code: "mad", ...bid }, { headers }))
}

/** One server-sent event as the stream wrote it. */
export type StreamEvent = { event: string; data: any } // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * Opens a lot's event stream with `fetch`, as a browser's page would, and reads its events as
 * they come: `next(matches)` waits for the first unread event that matches.
 */
export async function openLotStream(api: Api, lotId: string, headers: Record<string, string>) {
  const baseURL = (api as unknown as { defaults: { baseURL: string } }).defaults.baseURL
  const controller = new AbortController()
  const response = await fetch(`${baseURL}/store/auctions/${lotId}/stream`, { headers, signal: controller.signal })
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader()
  const events: StreamEvent[] = []
  let buffer = ""
  // A read still pending when the test closes the stream fails with the abort: that is its end.
  const read = async (): Promise<boolean> => {
    const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }))
    if (done || value === undefined) return false
    buffer += value
    let end: number
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, end)
      buffer = buffer.slice(end + 2)
      const event = /^event: (.*)$/m.exec(block)?.[1]
      const data = /^data: (.*)$/m.exec(block)?.[1]
      if (event && data) events.push({ event, data: JSON.parse(data) })
    }
    return true
  }
  return {
    status: response.status,
    contentType: response.headers.get("content-type"),
    /** Waits up to `timeoutMs` for an event `matches` accepts, consuming it and those before it. */
    async next(matches: (event: StreamEvent) => boolean, timeoutMs = 5_000): Promise<StreamEvent> {
      const deadline = Date.now() + timeoutMs
      for (;;) {
        const index = events.findIndex(matches)
        if (index >= 0) return events.splice(0, index + 1).at(-1)!
        const left = deadline - Date.now()
        if (left <= 0) throw new Error(`no matching event on lot ${lotId}'s stream within ${timeoutMs} ms`)
        const more = await Promise.race([read(), new Promise<boolean>((resolve) => setTimeout(() => resolve(true), left))])
        if (!more) throw new Error(`lot ${lotId}'s stream ended`)
      }
    },
    close: () => controller.abort(),
  }
}
