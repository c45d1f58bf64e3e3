import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { beforeAll, expect, it } from "vitest"
import { COOPERATIVE_MODULE } from "../../src/modules/cooperative"
import type CooperativeModuleService from "../../src/modules/cooperative/service"
import {
  auctionCarpets,
  auctionProduct,
  auctionService,
  createBidder,
  createLot,
  openLotStream,
  placeBid,
  seedAuctionShop,
  type StoreHeaders,
} from "./auction-helpers"
import { attempt } from "./vendor-helpers"

/** A lot and its bids exactly as stored, to compare before and after a refused bid. */
async function lotAndBids(container: MedusaContainer, lotId: string) {
  const auctions = auctionService(container)
  const [lot] = await auctions.listAuctionLots({ id: lotId }, { take: 1 })
  const bids = await auctions.listAuctionBids({ lot_id: lotId }, { order: { position: "ASC" }, take: null })
  return { lot, bids }
}

/** Every number anywhere in `value`, to show an amount is nowhere in a response. */
function numbersIn(value: unknown): number[] {
  if (typeof value === "number") return [value]
  if (value && typeof value === "object") return Object.values(value).flatMap(numbersIn)
  return []
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: StoreHeaders
    let regionId: string

    beforeAll(async () => {
      ;({ store, regionId } = await seedAuctionShop(api, getContainer()))
    })

    it("refuses each bad bid with its status and code, and leaves the lot and its bids as they were", async () => {
      const container = getContainer()
      const product = await auctionProduct(container)
      const lot = await createLot(container, product, { starting_price: 3_000 })
      const ended = await createLot(container, await auctionProduct(container, auctionCarpets[1].handle), {
        starts_at: new Date(Date.now() - 2 * 60 * 60_000),
        ends_at: new Date(Date.now() - 60_000),
      })
      const leader = await createBidder(api, container, store, "amina@example.ma")
      const bidder = await createBidder(api, container, store, "youssef@example.ma")
      const unverified = await createBidder(api, container, store, "nouveau@example.ma", false)
      await container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE).createCooperativeMembers({
        email: "Itto.Tisserande@example.ma",
        first_name: "Itto",
        last_name: "Ouhammou",
        role: "member",
        cooperative_id: product.cooperativeId,
      })
      const member = await createBidder(api, container, store, "itto.tisserande@example.ma")
      expect((await placeBid(api, leader.headers, lot.id, { amount: 3_000 })).status).toBe(200)
      const before = await lotAndBids(container, lot.id)
      const endedBefore = await lotAndBids(container, ended.id)

      const refusals: [string, Promise<{ status: number; data: Record<string, unknown> }>, number, string][] = [
        ["below the increment", placeBid(api, bidder.headers, lot.id, { amount: 3_050 }), 400, "bid_too_low"],
        ["a maximum below the increment", placeBid(api, bidder.headers, lot.id, { amount: 3_099, max: true }), 400, "bid_too_low"],
        ["on an ended lot", placeBid(api, bidder.headers, ended.id, { amount: 5_000 }), 409, "auction_not_live"],
        ["in another currency", placeBid(api, bidder.headers, lot.id, { amount: 3_100, currency_code: "eur" }), 400, "currency_mismatch"],
        ["not a whole amount", placeBid(api, bidder.headers, lot.id, { amount: 3_100.5 }), 400, "invalid_amount"],
        ["by a member of the lot's cooperative", placeBid(api, member.headers, lot.id, { amount: 3_100 }), 403, "own_cooperative"],
        ["with an unverified email", placeBid(api, unverified.headers, lot.id, { amount: 3_100 }), 403, "email_not_verified"],
        ["by the highest bidder", placeBid(api, leader.headers, lot.id, { amount: 4_000 }), 409, "already_highest_bidder"],
        ["a maximum of the highest bidder below the increment", placeBid(api, leader.headers, lot.id, { amount: 3_050, max: true }), 400, "bid_too_low"],
      ]
      for (const [what, request, status, code] of refusals) {
        const response = await request
        expect({ what, status: response.status, code: response.data.code }).toEqual({ what, status, code })
        expect(typeof response.data.message, what).toBe("string")
      }
      const tooLow = await placeBid(api, bidder.headers, lot.id, { amount: 3_050 })
      expect(tooLow.data).toMatchObject({ type: "invalid_data", code: "bid_too_low", min_amount: 3_100 })

      const anonymous = await placeBid(api, store.headers, lot.id, { amount: 3_100 })
      expect(anonymous.status).toBe(401)
      const unknownField = await placeBid(api, bidder.headers, lot.id, { amount: 3_100, ...{ customer_id: leader.id } })
      expect(unknownField.status).toBe(400)
      const unknownLot = await placeBid(api, bidder.headers, "alot_unknown", { amount: 3_100 })
      expect(unknownLot.status).toBe(404)

      expect(await lotAndBids(container, lot.id)).toEqual(before)
      expect(await lotAndBids(container, ended.id)).toEqual(endedBefore)
      expect(before.bids).toHaveLength(1)
    })

    it("extends a lot by its soft close when a bid comes 30 seconds before the end", async () => {
      const container = getContainer()
      const endsAt = new Date(Date.now() + 30_000)
      const lot = await createLot(container, await auctionProduct(container), { ends_at: endsAt, soft_close_minutes: 5 })
      const bidder = await createBidder(api, container, store, "tard@example.ma")

      const { status, data } = await placeBid(api, bidder.headers, lot.id, { amount: 3_000 })
      expect(status).toBe(200)
      const extension = new Date(data.auction.ends_at).getTime() - new Date(data.server_time).getTime()
      expect(extension).toBeLessThanOrEqual(5 * 60_000)
      expect(extension).toBeGreaterThan(5 * 60_000 - 10_000)
      const { lot: stored } = await lotAndBids(container, lot.id)
      expect(new Date(stored.ends_at).toISOString()).toBe(data.auction.ends_at)
      expect(new Date(stored.scheduled_end_at).getTime()).toBe(endsAt.getTime())
    })

    it("keeps accepted bids as they were: the database refuses to change or delete one", async () => {
      const container = getContainer()
      const lot = await createLot(container, await auctionProduct(container))
      const bidder = await createBidder(api, container, store, "trace@example.ma")
      expect((await placeBid(api, bidder.headers, lot.id, { amount: 3_000 })).status).toBe(200)

      const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      await expect(knex("auction_bid").where({ lot_id: lot.id }).update({ amount: 1 })).rejects.toThrow(/never changed/)
      await expect(knex("auction_bid").where({ lot_id: lot.id }).delete()).rejects.toThrow(/never changed/)
      const { bids } = await lotAndBids(container, lot.id)
      expect(bids.map((bid) => Number(bid.amount))).toEqual([3_000])
    })

    it("shows each viewer their own maximum and nobody else's, and never the reserve", async () => {
      const container = getContainer()
      const lot = await createLot(container, await auctionProduct(container), { starting_price: 3_000, reserve_price: 21_413 })
      const proxy = await createBidder(api, container, store, "procuration@example.ma")
      const rival = await createBidder(api, container, store, "rivale@example.ma")
      expect((await placeBid(api, proxy.headers, lot.id, { amount: 9_137, max: true })).status).toBe(200)
      const rivalBid = await placeBid(api, rival.headers, lot.id, { amount: 4_000 })
      expect(rivalBid.data.bid).toEqual({ position: 2, amount: 4_000, max_amount: null })

      const seen = async (headers: Record<string, string>) => (await api.get(`/store/auctions/${lot.id}`, { headers })).data
      const asProxy = await seen(proxy.headers)
      expect(asProxy.auction).toMatchObject({
        current_price: 4_100,
        reserve_met: false,
        min_next_bid: 4_200,
        viewer: { can_bid: true, leading: true, outbid: false, max_amount: 9_137, offer: null },
      })
      expect(asProxy.auction.bids).toEqual([
        expect.objectContaining({ position: 3, amount: 4_100, bidder: "Bidder 1", is_you: true, kind: "auto" }),
        expect.objectContaining({ position: 2, amount: 4_000, bidder: "Bidder 2", is_you: false, kind: "bid" }),
        expect.objectContaining({ position: 1, amount: 3_000, bidder: "Bidder 1", is_you: true, kind: "max" }),
      ])
      expect(typeof asProxy.server_time).toBe("string")

      const asRival = await seen(rival.headers)
      expect(asRival.auction.viewer).toEqual({ can_bid: true, leading: false, outbid: true, max_amount: null, offer: null })
      const asVisitor = await seen(store.headers)
      expect(asVisitor.auction.viewer).toBeNull()
      for (const response of [asRival, asVisitor, rivalBid.data]) {
        expect(numbersIn(response)).not.toContain(9_137)
        expect(numbersIn(response)).not.toContain(21_413)
        expect(JSON.stringify(response)).not.toMatch(/reserve_price|leader_max|leader_customer_id|customer_id/)
      }
      expect(numbersIn(asProxy)).not.toContain(21_413)

      const { data: mine } = await api.get("/store/customers/me/auction-bids", { headers: proxy.headers })
      expect(mine.lots).toEqual([expect.objectContaining({ id: lot.id, phase: "live", my_highest_bid: 4_100, my_max: 9_137, leading: true, offer: null })])
      const { data: theirs } = await api.get("/store/customers/me/auction-bids", { headers: rival.headers })
      expect(theirs.lots).toEqual([expect.objectContaining({ id: lot.id, my_highest_bid: 4_000, my_max: null, leading: false })])
      expect(numbersIn(theirs)).not.toContain(9_137)
      expect((await attempt(api.get("/store/customers/me/auction-bids", { headers: store.headers }))).status).toBe(401)
    })

    it("lets the leader raise their own maximum: the price stays, and the new maximum answers the next rival", async () => {
      const container = getContainer()
      const lot = await createLot(container, await auctionProduct(container), { starting_price: 3_000 })
      const leader = await createBidder(api, container, store, "releve@example.ma")
      const rival = await createBidder(api, container, store, "defi@example.ma")
      expect((await placeBid(api, leader.headers, lot.id, { amount: 5_000, max: true })).status).toBe(200)

      const lower = await placeBid(api, leader.headers, lot.id, { amount: 5_000, max: true })
      expect({ status: lower.status, code: lower.data.code, min_amount: lower.data.min_amount }).toEqual({ status: 400, code: "bid_too_low", min_amount: 5_001 })
      const raised = await placeBid(api, leader.headers, lot.id, { amount: 8_000, max: true })
      expect(raised.status).toBe(200)
      expect(raised.data.bid).toEqual({ position: 2, amount: 3_000, max_amount: 8_000 })
      expect(raised.data.auction).toMatchObject({ current_price: 3_000, bid_count: 2, viewer: { leading: true, max_amount: 8_000 } })

      expect((await placeBid(api, rival.headers, lot.id, { amount: 6_000 })).status).toBe(200)
      const { data } = await api.get(`/store/auctions/${lot.id}`, { headers: rival.headers })
      expect(data.auction).toMatchObject({ current_price: 6_250, viewer: { leading: false, outbid: true, max_amount: null } })
      expect(numbersIn(data)).not.toContain(8_000)
    })

    it("streams the lot's new state to a watcher when another customer bids", async () => {
      const container = getContainer()
      const lot = await createLot(container, await auctionProduct(container), { starting_price: 3_000 })
      const watcher = await createBidder(api, container, store, "veille@example.ma")
      const other = await createBidder(api, container, store, "autre@example.ma")
      expect((await placeBid(api, watcher.headers, lot.id, { amount: 3_000 })).status).toBe(200)

      const stream = await openLotStream(api, lot.id, watcher.headers)
      const visitor = await openLotStream(api, lot.id, store.headers)
      try {
        expect(stream.status).toBe(200)
        expect(stream.contentType).toContain("text/event-stream")
        const first = await stream.next((event) => event.event === "state")
        expect(first.data.auction).toMatchObject({ id: lot.id, current_price: 3_000, viewer: { leading: true } })
        expect(typeof first.data.server_time).toBe("string")

        expect((await placeBid(api, other.headers, lot.id, { amount: 3_500 })).status).toBe(200)
        const pushed = await stream.next((event) => event.event === "state" && event.data.auction.current_price === 3_500)
        expect(pushed.data.auction.viewer).toMatchObject({ leading: false, outbid: true })
        expect(pushed.data.auction.bids[0]).toMatchObject({ amount: 3_500, is_you: false })
        const seenByVisitor = await visitor.next((event) => event.event === "state" && event.data.auction.current_price === 3_500)
        expect(seenByVisitor.data.auction.viewer).toBeNull()
      } finally {
        stream.close()
        visitor.close()
      }
      expect((await attempt(api.get("/store/auctions/alot_unknown/stream", { headers: store.headers }))).status).toBe(404)
    })

    it("keeps a product held by a lot out of carts until the lot lets it go", async () => {
      const container = getContainer()
      const product = await auctionProduct(container)
      const earlier = await auctionProduct(container, auctionCarpets[1].handle)
      const { data: prepared } = await api.post("/store/carts", { region_id: regionId, items: [{ variant_id: earlier.variantId, quantity: 1 }] }, store)
      const lot = await createLot(container, product)
      const earlierLot = await createLot(container, earlier)

      const created = await attempt(api.post("/store/carts", { region_id: regionId, items: [{ variant_id: product.variantId, quantity: 1 }] }, store))
      expect(created.status).toBe(409)
      expect(created.data.code).toBe("product_on_auction")
      const { data: empty } = await api.post("/store/carts", { region_id: regionId }, store)
      const added = await attempt(api.post(`/store/carts/${empty.cart.id}/line-items`, { variant_id: product.variantId, quantity: 1 }, store))
      expect(added.status).toBe(409)
      expect(added.data.code).toBe("product_on_auction")
      expect((await api.get(`/store/carts/${empty.cart.id}`, store)).data.cart.items).toHaveLength(0)

      // Put in a cart before its lot was created: the cart cannot be completed.
      const completed = await attempt(api.post(`/store/carts/${prepared.cart.id}/complete`, {}, store))
      expect(completed.status).toBe(409)
      expect(completed.data.code).toBe("product_on_auction")
      // Only the cart of the lot's open offer gets past the hold (to the checks every cart passes).
      const offer = { lot_id: earlierLot.id, customer_id: "cus_winner", kind: "winner" as const, amount: 5_000, due_at: new Date(Date.now() + 86_400_000) }
      const [expired] = await auctionService(container).createAuctionOffers([{ ...offer, cart_id: prepared.cart.id, status: "expired" }])
      expect((await attempt(api.post(`/store/carts/${prepared.cart.id}/complete`, {}, store))).data.code).toBe("product_on_auction")
      await auctionService(container).updateAuctionOffers({ id: expired.id, status: "open" })
      const offered = await attempt(api.post(`/store/carts/${prepared.cart.id}/complete`, {}, store))
      expect(offered.status).toBe(400)
      expect(offered.data.code).not.toBe("product_on_auction")

      await auctionService(container).updateAuctionLots({ id: lot.id, status: "not_sold", closed_at: new Date() })
      const { data: after } = await api.post(`/store/carts/${empty.cart.id}/line-items`, { variant_id: product.variantId, quantity: 1 }, store)
      expect(after.cart.items).toHaveLength(1)
    })

    it("lists lots by phase with titles in the request's locale", async () => {
      const container = getContainer()
      const [live, upcoming, sold] = await Promise.all(auctionCarpets.map((carpet) => auctionProduct(container, carpet.handle)))
      const liveLot = await createLot(container, live)
      const upcomingLot = await createLot(container, upcoming, { starts_at: new Date(Date.now() + 60 * 60_000), ends_at: new Date(Date.now() + 2 * 60 * 60_000), status: "scheduled" })
      const soldLot = await createLot(container, sold, { reserve_price: 4_000 })
      await auctionService(container).updateAuctionLots({ id: soldLot.id, status: "sold", current_price: 5_000, hammer_price: 5_000, closed_at: new Date() })

      const list = async (query: string) => (await api.get(`/store/auctions${query}`, store)).data
      const liveList = await list("")
      expect(liveList.auctions.map((lot: { id: string }) => lot.id)).toEqual([liveLot.id])
      expect(liveList.auctions[0]).toMatchObject({
        phase: "live",
        status: "live",
        product: { id: live.id, handle: live.handle, title: auctionCarpets[0].title.fr },
        cooperative: { handle: live.cooperativeHandle },
        current_price: null,
        hammer_price: null,
        reserve_met: null,
      })
      expect(liveList.count).toBe(1)
      expect(typeof liveList.server_time).toBe("string")
      expect((await list("?phase=live&locale=ar")).auctions[0].product.title).toBe(auctionCarpets[0].title.ar)
      expect((await list("?phase=upcoming")).auctions).toEqual([expect.objectContaining({ id: upcomingLot.id, phase: "upcoming" })])
      expect((await list("?phase=ended")).auctions).toEqual([expect.objectContaining({ id: soldLot.id, phase: "ended", hammer_price: 5_000, reserve_met: true })])
      expect((await list(`?product_id=${upcoming.id}`)).auctions).toEqual([expect.objectContaining({ id: upcomingLot.id })])
      expect(JSON.stringify(await list("?phase=ended"))).not.toContain("reserve_price")

      expect((await attempt(api.get("/store/auctions?phase=soon", store))).status).toBe(400)
      expect((await attempt(api.get("/store/auctions?sort=price", store))).status).toBe(400)
      const { data: detail } = await api.get(`/store/auctions/${upcomingLot.id}`, store)
      expect(detail.auction).toMatchObject({ phase: "upcoming", min_next_bid: null, bids: [], viewer: null })
      expect((await attempt(api.get("/store/auctions/alot_unknown", store))).status).toBe(404)
    })
  },
})
