import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { beforeAll, describe, expect, it } from "vitest"
import closeAuctions from "../../src/jobs/close-auctions"
import { COOPERATIVE_MODULE } from "../../src/modules/cooperative"
import type CooperativeModuleService from "../../src/modules/cooperative/service"
import { staffLogin } from "./admin-helpers"
import {
  auctionProduct,
  auctionService,
  createBidders,
  createLot,
  placeBid,
  seedAuctionShop,
  type Bidder,
  type LotSpec,
  type StoreHeaders,
} from "./auction-helpers"
import { eventually, pastItsDueDate, pastItsEnd, payOfferCart } from "./auction-offer-helpers"
import { waitForEmail } from "./checkout-helpers"
import { attempt, bearer, type Api } from "./vendor-helpers"

// This suite's own outbox, and storefront links the assertions know.
const outbox = join(mkdtempSync(join(tmpdir(), "tiwizi-auction-offers-")), "outbox.jsonl")
process.env.NOTIFICATIONS_FILE = outbox
process.env.STOREFRONT_URL = "https://tiwizi.test"

const DAY_MS = 24 * 60 * 60_000

medusaIntegrationTestRunner({
  testSuite: ({ api: untyped, getContainer }) => {
    const api = untyped as Api
    let store: StoreHeaders

    beforeAll(async () => {
      ;({ store } = await seedAuctionShop(api, getContainer()))
    })

    const service = () => auctionService(getContainer())
    const orderCount = async () => (await getContainer().resolve(Modules.ORDER).listOrders({}, { select: ["id"] })).length
    const auctionCarts = async (lotId: string) =>
      (await getContainer().resolve(Modules.CART).listCarts({}, { select: ["id", "metadata"] })).filter((cart) => cart.metadata?.auction_lot_id === lotId)
    const staff = async () => bearer((await staffLogin(api, getContainer())).token)

    /**
     * A lot of the first auction carpet with `bids` placed in order (bidder index, amount), then
     * past its end and closed by the job. Returns the lot as closed, its offers and the bidders.
     */
    async function closedLot(prefix: string, spec: LotSpec, bids: [bidder: number, amount: number][]) {
      const container = getContainer()
      const lot = await createLot(container, await auctionProduct(container), { starting_price: 3_000, ...spec })
      const bidders = await createBidders(api, container, store, Math.max(...bids.map(([bidder]) => bidder)) + 1, prefix)
      for (const [bidder, amount] of bids) {
        await service().placeBid(lot.id, { customer_id: bidders[bidder].id, amount, currency_code: "mad", max: false })
      }
      await pastItsEnd(container, lot.id)
      await closeAuctions(container)
      const closed = await service().retrieveAuctionLot(lot.id)
      const offers = await service().listAuctionOffers({ lot_id: lot.id }, { order: { created_at: "ASC" } })
      return { lot: closed, offers, bidders }
    }

    describe("a lot's close", () => {
      it("is not sold when the reserve is not met: no offer, no cart, no order", async () => {
        const before = await orderCount()
        const { lot, offers } = await closedLot("unsold", { reserve_price: 10_000 }, [[0, 3_000]])

        expect(lot).toMatchObject({ status: "not_sold", hammer_price: null, winner_customer_id: null })
        expect(offers).toEqual([])
        expect(await auctionCarts(lot.id)).toEqual([])
        expect(await orderCount()).toBe(before)
        const cooperative = await getContainer().resolve<CooperativeModuleService>(COOPERATIVE_MODULE).retrieveCooperative(lot.cooperative_id, { select: ["email"] })
        const told = await waitForEmail(outbox, (entry) => entry.template === "auction-closed" && entry.data.lot_id === lot.id)
        expect(told, "the cooperative is told its lot was not sold").toMatchObject({ to: cooperative.email, data: { sold: false, hammer_price: null } })
      })

      it("is sold when the reserve is met: one offer and one cart for the winner at the hammer price, paid into one order", async () => {
        const before = await orderCount()
        const { lot, offers, bidders } = await closedLot("sold", { reserve_price: 4_000, allow_cash_on_delivery: true }, [
          [0, 3_000],
          [1, 5_000],
        ])
        const winner = bidders[1]

        expect(lot).toMatchObject({ status: "sold", hammer_price: 5_000, winner_customer_id: winner.id })
        expect(offers).toHaveLength(1)
        const [offer] = offers
        expect(offer).toMatchObject({ customer_id: winner.id, kind: "winner", amount: 5_000, status: "open" })
        expect(new Date(offer.due_at).getTime() - new Date(lot.closed_at!).getTime()).toBe(3 * DAY_MS)
        const carts = await auctionCarts(lot.id)
        expect(carts.map((cart) => cart.id)).toEqual([offer.cart_id])
        const [made] = await getContainer().resolve(Modules.CART).listCarts({ id: offer.cart_id! }, { select: ["customer_id"] })
        expect(made.customer_id).toBe(winner.id)
        const { data } = await api.get(`/store/carts/${offer.cart_id}?fields=*items,metadata,email,currency_code`, { headers: winner.headers })
        expect(data.cart).toMatchObject({
          email: winner.email,
          currency_code: "mad",
          metadata: { auction_lot_id: lot.id, auction_offer_id: offer.id, auction_cash_on_delivery: true },
        })
        expect(data.cart.items.map((item: { variant_id: string; quantity: number; unit_price: number; is_custom_price: boolean }) => item)).toEqual([
          expect.objectContaining({ variant_id: lot.variant_id, quantity: 1, unit_price: 5_000, is_custom_price: true }),
        ])
        const email = await waitForEmail(outbox, (entry) => entry.template === "auction-offer" && entry.to === winner.email)
        expect(email, "the winner is told what to pay and where").toBeDefined()
        expect(email!.data).toMatchObject({ offer_id: offer.id, kind: "winner", amount: 5_000 })
        expect(email!.text).toContain(`https://tiwizi.test/fr/auctions/${lot.id}`)

        const paid = await payOfferCart(api, winner.headers, offer.cart_id!)
        expect(paid.status, JSON.stringify(paid.data)).toBe(200)
        expect(paid.data.type).toBe("order")
        const order = paid.data.order
        expect(order.items.map((item: { variant_id: string; unit_price: number; quantity: number }) => [item.variant_id, item.unit_price, item.quantity])).toEqual([
          [lot.variant_id, 5_000, 1],
        ])
        expect(order.item_total).toBe(5_000)
        expect(await orderCount()).toBe(before + 1)
        const settled = await eventually(() => service().retrieveAuctionLot(lot.id), (current) => current.status === "paid")
        expect(settled.status).toBe("paid")
        expect(await service().retrieveAuctionOffer(offer.id)).toMatchObject({ status: "paid", order_id: order.id })
      })

      it("keeps cash on delivery out of the cart of a lot paid by card only, and the cart in its region", async () => {
        const { offers, bidders } = await closedLot("card-only", { allow_cash_on_delivery: false }, [[0, 3_000]])
        const [offer] = offers
        const { data } = await api.get(`/store/carts/${offer.cart_id}?fields=metadata`, { headers: bidders[0].headers })
        expect(data.cart.metadata.auction_cash_on_delivery).toBe(false)
        const config = { headers: bidders[0].headers }
        const { data: opened } = await api.post("/store/payment-collections", { cart_id: offer.cart_id }, config)
        const sessions = `/store/payment-collections/${opened.payment_collection.id}/payment-sessions`
        const refused = await attempt(api.post(sessions, { provider_id: "pp_cod_cod" }, config))
        expect(refused.status, JSON.stringify(refused.data)).toBe(400)
        expect(refused.data.code).toBe("cash_on_delivery_not_allowed")
        const { data: collection } = await api.get(`/store/carts/${offer.cart_id}?fields=payment_collection.payment_sessions.id`, config)
        expect(collection.cart.payment_collection.payment_sessions).toEqual([])

        // The cart stays in dirhams: moving it to Europe would make 3,000 MAD 3,000 €.
        const { data: listed } = await api.get("/store/regions?fields=id,currency_code", store)
        const europe = listed.regions.find((region: { currency_code: string }) => region.currency_code === "eur")
        const moved = await attempt(api.post(`/store/carts/${offer.cart_id}`, { region_id: europe.id }, config))
        expect({ status: moved.status, code: moved.data.code }).toEqual({ status: 409, code: "auction_cart_region" })
        const { data: kept } = await api.get(`/store/carts/${offer.cart_id}?fields=region_id,currency_code,*items`, config)
        expect(kept.cart).toMatchObject({ currency_code: "mad", items: [expect.objectContaining({ unit_price: 3_000 })] })
        const same = await api.post(`/store/carts/${offer.cart_id}`, { region_id: kept.cart.region_id, email: bidders[0].email }, config)
        expect(same.status).toBe(200)
      })
    })

    describe("an unpaid offer", () => {
      it("expires at its due date; staff then offer the lot to the next bidder at their last bid, who pays it", async () => {
        const headers = await staff()
        const { lot, offers, bidders } = await closedLot("second", { allow_cash_on_delivery: true }, [
          [0, 3_000],
          [1, 4_000],
          [0, 4_500],
          [2, 6_000],
        ])
        const [winnerOffer] = offers
        expect(winnerOffer.customer_id).toBe(bidders[2].id)

        const early = await attempt(api.post(`/admin/auctions/${lot.id}/second-chance`, {}, headers))
        expect(early.status, JSON.stringify(early.data)).toBe(400)
        expect(early.data.message).toMatch(/still open/)

        await pastItsDueDate(getContainer(), winnerOffer.id)
        await closeAuctions(getContainer())
        expect((await service().retrieveAuctionOffer(winnerOffer.id)).status).toBe("expired")
        const retired = await attempt(api.get(`/store/carts/${winnerOffer.cart_id}`, { headers: bidders[2].headers }))
        expect(retired.status, "the expired offer's cart can no longer be paid").toBe(404)
        const expiredEmail = await waitForEmail(outbox, (entry) => entry.template === "auction-offer-expired" && entry.data.offer_id === winnerOffer.id)
        expect(expiredEmail, "the winner is told the time to pay has passed").toMatchObject({
          to: bidders[2].email,
          locale: "fr",
          data: { lot_id: lot.id, amount: 6_000, url: `https://tiwizi.test/fr/auctions/${lot.id}` },
        })
        expect(expiredEmail!.text).toContain("proposée à une autre personne")

        const { data } = await api.post(`/admin/auctions/${lot.id}/second-chance`, {}, headers)
        expect(data.auction.status).toBe("second_chance")
        const second = data.auction.offers[1]
        expect(second).toMatchObject({ kind: "second_chance", customer_id: bidders[0].id, email: bidders[0].email, amount: 4_500, status: "open" })
        expect(second.cart_id).toEqual(expect.any(String))
        const email = await waitForEmail(outbox, (entry) => entry.template === "auction-offer" && entry.to === bidders[0].email)
        expect(email?.data).toMatchObject({ offer_id: second.id, kind: "second_chance", amount: 4_500 })

        const paid = await payOfferCart(api, bidders[0].headers, second.cart_id)
        expect(paid.status, JSON.stringify(paid.data)).toBe(200)
        expect(paid.data.order.items.map((item: { unit_price: number }) => item.unit_price)).toEqual([4_500])
        const settled = await eventually(() => service().retrieveAuctionLot(lot.id), (current) => current.status === "paid")
        expect(settled.status).toBe("paid")

        const again = await attempt(api.post(`/admin/auctions/${lot.id}/second-chance`, {}, headers))
        expect(again.status).toBe(400)
      })

      it("cannot go to a second chance when no other bidder is left", async () => {
        const headers = await staff()
        const { lot, offers, bidders } = await closedLot("alone", {}, [[0, 3_000]])
        await pastItsDueDate(getContainer(), offers[0].id)
        await closeAuctions(getContainer())
        expect(await waitForEmail(outbox, (entry) => entry.template === "auction-offer-expired" && entry.to === bidders[0].email)).toBeDefined()
        const refused = await attempt(api.post(`/admin/auctions/${lot.id}/second-chance`, {}, headers))
        expect(refused.status, JSON.stringify(refused.data)).toBe(400)
        expect(refused.data.message).toMatch(/No other bidder/)
        expect((await service().retrieveAuctionLot(lot.id)).status).toBe("sold")
      })
    })

    describe("cancelling a lot", () => {
      it("needs a reason, withdraws the open offer and retires its cart, tells every bidder; a cancelled lot stays cancelled", async () => {
        const headers = await staff()
        const { lot, offers, bidders } = await closedLot("cancel", {}, [
          [0, 3_000],
          [1, 4_000],
        ])
        const [offer] = offers
        const [outbid, holder] = bidders
        expect(offer.customer_id).toBe(holder.id)
        // The outbid bidder reads Arabic: the email follows each bidder's language.
        await getContainer().resolve(Modules.CUSTOMER).updateCustomers(outbid.id, { metadata: { locale: "ar" } })

        const bare = await attempt(api.post(`/admin/auctions/${lot.id}/cancel`, {}, headers))
        expect(bare.status).toBe(400)
        expect(bare.data.message).toContain("reason")
        expect((await service().retrieveAuctionLot(lot.id)).status).toBe("sold")

        const reason = "La coopérative a retiré le tapis."
        const { data } = await api.post(`/admin/auctions/${lot.id}/cancel`, { reason }, headers)
        expect(data.auction).toMatchObject({ status: "cancelled", cancel_reason: reason })
        expect(data.auction.offers).toEqual([expect.objectContaining({ id: offer.id, status: "withdrawn" })])
        const retired = await attempt(api.get(`/store/carts/${offer.cart_id}`, { headers: holder.headers }))
        expect(retired.status).toBe(404)

        const cancelledEmail = (bidder: Bidder) =>
          waitForEmail(outbox, (entry) => entry.template === "auction-cancelled" && entry.data.lot_id === lot.id && entry.to === bidder.email)
        const [toHolder, toOutbid] = await Promise.all([cancelledEmail(holder), cancelledEmail(outbid)])
        expect(toHolder, "the offer's holder is told nothing is due").toMatchObject({ locale: "fr", data: { reason, offer_withdrawn: true } })
        expect(toHolder!.text).toContain("Vous n'avez rien à payer")
        expect(toHolder!.text).toContain("L'offre de paiement qui vous avait été faite est retirée")
        expect(toOutbid, "the other bidder is told too, in Arabic").toMatchObject({ locale: "ar", data: { reason, offer_withdrawn: false } })
        expect(toOutbid!.html).toContain('dir="rtl"')
        expect(toOutbid!.text).toContain(`السبب: ${reason}`)

        const twice = await attempt(api.post(`/admin/auctions/${lot.id}/cancel`, { reason: "Encore" }, headers))
        expect(twice.status).toBe(400)
        expect(twice.data.message).toMatch(/already cancelled/)
      })
    })

    describe("bidders' emails", () => {
      it("tells a bidder who lost the lead, with the lot's price now and its page", async () => {
        const container = getContainer()
        const lot = await createLot(container, await auctionProduct(container), { starting_price: 3_000 })
        const [first, second]: Bidder[] = await createBidders(api, container, store, 2, "outbid")
        expect((await placeBid(api, first.headers, lot.id, { amount: 3_000 })).status).toBe(200)
        expect((await placeBid(api, second.headers, lot.id, { amount: 5_000 })).status).toBe(200)
        const email = await waitForEmail(outbox, (entry) => entry.template === "auction-outbid" && entry.to === first.email)
        expect(email, "the outbid bidder is told").toBeDefined()
        expect(email!.data).toMatchObject({ lot_id: lot.id, current_price: 5_000 })
        expect(email!.text).toContain(`https://tiwizi.test/fr/auctions/${lot.id}`)
      })
    })
  },
})
