import type { MedusaContainer } from "@medusajs/framework/types"
import { auctionService } from "./auction-helpers"
import { moroccanAddress, must, startPayment } from "./checkout-helpers"
import { attempt, type Api, type Response } from "./vendor-helpers"

/**
 * The scheduled job `close-auctions` also runs in the test app, at each minute's start: a test
 * that moves a lot past its end and closes it itself first waits out the few seconds around
 * that start, so the job does not close the lot in between.
 */
async function awayFromTheMinute() {
  while (new Date().getSeconds() < 3 || new Date().getSeconds() > 50) await new Promise((resolve) => setTimeout(resolve, 500))
}

/** Moves a lot's end a second into the past, as if its time had run out (after the bids it needs). */
export async function pastItsEnd(container: MedusaContainer, lotId: string) {
  await awayFromTheMinute()
  await auctionService(container).updateAuctionLots({ id: lotId, ends_at: new Date(Date.now() - 1_000) })
}

/** Moves an offer's due date a second into the past, as if its customer had not paid in time. */
export async function pastItsDueDate(container: MedusaContainer, offerId: string) {
  await awayFromTheMinute()
  await auctionService(container).updateAuctionOffers({ id: offerId, due_at: new Date(Date.now() - 1_000) })
}

/**
 * Pays an offer's cart as its customer would at the storefront's checkout: a delivery address
 * in Khénifra, the first shipping option, a payment session with `providerId` (cash on delivery
 * by default), then completion. Returns the completion's answer, accepted or refused.
 */
export async function payOfferCart(api: Api, headers: Record<string, string>, cartId: string, providerId = "pp_cod_cod"): Promise<Response> {
  const config = { headers }
  await must(api.post(`/store/carts/${cartId}`, { shipping_address: moroccanAddress }, config), "set the delivery address")
  const { data } = await must(api.get(`/store/shipping-options?cart_id=${cartId}`, config), "list shipping options")
  await must(api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: data.shipping_options[0].id }, config), "choose the shipping method")
  await startPayment(api, config, cartId, providerId)
  return attempt(api.post(`/store/carts/${cartId}/complete`, {}, config))
}

/** Polls `read` until `done` accepts its value (subscribers run after the request that caused them); the last value otherwise. */
export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let value = await read()
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100))
    value = await read()
  }
  return value
}
