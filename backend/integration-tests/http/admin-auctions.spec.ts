import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { beforeAll, describe, expect, it } from "vitest"
import { products } from "../../src/scripts/seed/catalogue"
import { demoAccounts } from "../../src/scripts/seed/accounts"
import { seedShop } from "../../src/scripts/seed/index"
import { expectAllUnauthorized, callAll, staffLogin } from "./admin-helpers"
import { auctionCarpets, auctionProduct, auctionService, createBidders, createLot, type StoreHeaders } from "./auction-helpers"
import { approvedCooperative, attempt, bearer, login, type Api } from "./vendor-helpers"

// A product that is not one of a kind, to be refused: a glazed tajine sold as one variant.
const tajine = products.find((product) => !product.oneOfAKind && product.variants.length === 1)!
const HOUR_MS = 60 * 60_000

medusaIntegrationTestRunner({
  testSuite: ({ api: untyped, getContainer }) => {
    const api = untyped as Api
    let store: StoreHeaders

    beforeAll(async () => {
      const { publishableKey } = await seedShop(getContainer(), [...auctionCarpets, tajine])
      store = { headers: { "x-publishable-api-key": publishableKey } }
    })

    const staff = async () => bearer((await staffLogin(api, getContainer())).token)
    const lotBody = (product_id: string, overrides: Record<string, unknown> = {}) => ({
      product_id,
      starts_at: new Date(Date.now() + HOUR_MS).toISOString(),
      ends_at: new Date(Date.now() + 3 * HOUR_MS).toISOString(),
      starting_price: 3_000,
      ...overrides,
    })
    const lotCount = async () => (await auctionService(getContainer()).listAuctionLots({}, { select: ["id"] })).length

    describe("staff creating a lot", () => {
      it("puts a live one-of-a-kind product on auction, with its one variant and its cooperative", async () => {
        const headers = await staff()
        const carpet = await auctionProduct(getContainer())
        const body = lotBody(carpet.id, { reserve_price: 5_000, allow_cash_on_delivery: true, soft_close_minutes: 3 })

        const { status, data } = await api.post("/admin/auctions", body, headers)

        expect(status).toBe(201)
        expect(data.auction).toMatchObject({
          status: "scheduled",
          product_id: carpet.id,
          variant_id: carpet.variantId,
          cooperative_id: carpet.cooperativeId,
          currency_code: "mad",
          starting_price: 3_000,
          reserve_price: 5_000,
          soft_close_minutes: 3,
          allow_cash_on_delivery: true,
          payment_days: 3,
          bids: [],
          offers: [],
          product: { id: carpet.id, handle: carpet.handle },
        })
        expect(new Date(data.auction.ends_at).toISOString()).toBe(body.ends_at)
        expect(new Date(data.auction.scheduled_end_at).toISOString()).toBe(body.ends_at)
        const { data: listed } = await api.get("/admin/auctions?status=scheduled", headers)
        expect(listed.auctions.map((lot: { id: string; reserve_price: number }) => [lot.id, lot.reserve_price])).toEqual([[data.auction.id, 5_000]])
        const { data: eligible } = await api.get("/admin/auctions/eligible-products", headers)
        const offered = eligible.products.map((product: { handle: string }) => product.handle)
        expect(offered).not.toContain(carpet.handle)
        expect(offered).toEqual(expect.arrayContaining(auctionCarpets.slice(1).map((product) => product.handle)))
        expect(offered).not.toContain(tajine.handle)
      })

      it("refuses, with the reason, what cannot be auctioned or scheduled, and creates nothing", async () => {
        const headers = await staff()
        const carpet = await auctionProduct(getContainer())
        const [tajineProduct] = (await api.get(`/store/products?handle=${tajine.handle}&fields=id`, store)).data.products
        await createLot(getContainer(), await auctionProduct(getContainer(), auctionCarpets[1].handle))
        const held = await auctionProduct(getContainer(), auctionCarpets[1].handle)
        const before = await lotCount()

        const refusals: [body: Record<string, unknown>, status: number, reason: RegExp][] = [
          [lotBody(tajineProduct.id), 400, /one-of-a-kind/],
          [lotBody(held.id), 400, /already on lot/],
          [lotBody(carpet.id, { reserve_price: 2_000 }), 400, /reserve_price must not be below starting_price/],
          [lotBody(carpet.id, { ends_at: new Date(Date.now() + HOUR_MS / 2).toISOString() }), 400, /ends_at must be after starts_at/],
          [lotBody(carpet.id, { starts_at: new Date(Date.now() - 2 * HOUR_MS).toISOString(), ends_at: new Date(Date.now() - HOUR_MS).toISOString() }), 400, /ends_at must be in the future/],
          [lotBody(carpet.id, { starting_price: 2_999.5 }), 400, /starting_price/],
          [lotBody(carpet.id, { cooperative_id: "coop_other" }), 400, /cooperative_id/],
          [lotBody("prod_unknown"), 404, /was not found/],
        ]
        for (const [body, status, reason] of refusals) {
          const response = await attempt(api.post("/admin/auctions", body, headers))
          expect(response.status, JSON.stringify({ body, answer: response.data })).toBe(status)
          expect(response.data.message).toMatch(reason)
        }
        expect(await lotCount()).toBe(before)
      })

      it("is for staff only", async () => {
        const [customer] = await createBidders(api, getContainer(), store, 1, "not-staff")
        const routes: [method: "get" | "post", url: string, body?: unknown][] = [
          ["get", "/admin/auctions"],
          ["post", "/admin/auctions", lotBody("prod_any")],
          ["get", "/admin/auctions/alot_any"],
          ["post", "/admin/auctions/alot_any/cancel", { reason: "Non" }],
          ["post", "/admin/auctions/alot_any/second-chance"],
        ]
        await expectAllUnauthorized(callAll(api, routes))
        await expectAllUnauthorized(callAll(api, routes, customer.token))
      })
    })

    describe("a cooperative's lots in its portal", () => {
      it("are its own only, with the reserve and the offer's status, and never who bid", async () => {
        const container = getContainer()
        const [ours, theirs] = [await auctionProduct(container), await auctionProduct(container, auctionCarpets[1].handle)]
        const ourLot = await createLot(container, ours, { reserve_price: 4_000 })
        await createLot(container, theirs)
        const [bidder] = await createBidders(api, container, store, 1, "anonymous")
        await auctionService(container).placeBid(ourLot.id, { customer_id: bidder.id, amount: 3_000, currency_code: "mad", max: false })
        const owner = await login(api, ours.ownerEmail, demoAccounts.password)

        const { data } = await api.get("/vendor/auctions", bearer(owner))

        expect(data.auctions).toHaveLength(1)
        expect(data.auctions[0]).toMatchObject({
          id: ourLot.id,
          status: "live",
          phase: "live",
          current_price: 3_000,
          bid_count: 1,
          reserve_price: 4_000,
          reserve_met: false,
          offer_status: null,
          product: { id: ours.id, handle: ours.handle },
        })
        const answer = JSON.stringify(data)
        expect(answer).not.toContain(bidder.id)
        expect(answer).not.toContain(bidder.email)
        // The seeded carpet's Arabic title is its Translation Module translation.
        expect(data.auctions[0].product.title, "French without a locale").toBe(auctionCarpets[0].title.fr)
        const { data: arabic } = await api.get("/vendor/auctions?locale=ar", bearer(owner))
        expect(arabic.auctions[0].product.title).toBe(auctionCarpets[0].title.ar)
        const unknown = await attempt(api.get("/vendor/auctions?locale=de", bearer(owner)))
        expect(unknown.status).toBe(400)
        expect(unknown.data.message).toMatch(/locale/)

        const stranger = await approvedCooperative(api, container, "autre-cooperative@example.ma")
        const { data: none } = await api.get("/vendor/auctions", bearer(stranger.token))
        expect(none.auctions).toEqual([])
        expect((await attempt(api.get("/vendor/auctions"))).status).toBe(401)
      })
    })
  },
})
