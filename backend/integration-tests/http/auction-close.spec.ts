import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { beforeAll, describe, expect, it } from "vitest"
import closeAuctions from "../../src/jobs/close-auctions"
import { closeAuctionLotWorkflow } from "../../src/workflows/auction/workflows/close-auction-lot"
import { staffLogin } from "./admin-helpers"
import { auctionProduct, auctionService, createBidders, createLot, seedAuctionShop, type StoreHeaders } from "./auction-helpers"
import { pastItsEnd } from "./auction-offer-helpers"
import { recordEvents, type Api } from "./vendor-helpers"

medusaIntegrationTestRunner({
  testSuite: ({ api: untyped, getContainer }) => {
    const api = untyped as Api
    let store: StoreHeaders

    beforeAll(async () => {
      ;({ store } = await seedAuctionShop(api, getContainer()))
    })

    /** A live lot with two bids, its end then moved into the past: ready to close, sold to the second bidder. */
    async function lotToClose(prefix: string) {
      const container = getContainer()
      const lot = await createLot(container, await auctionProduct(container), { starting_price: 3_000 })
      const [first, second] = await createBidders(api, container, store, 2, prefix)
      await auctionService(container).placeBid(lot.id, { customer_id: first.id, amount: 3_000, currency_code: "mad", max: false })
      await auctionService(container).placeBid(lot.id, { customer_id: second.id, amount: 5_000, currency_code: "mad", max: false })
      await pastItsEnd(container, lot.id)
      return { lot, winner: second }
    }

    /** What closing wrote about `lotId`: the lot, its offers and the carts made for them. */
    async function closeRecord(lotId: string) {
      const container = getContainer()
      const lot = await auctionService(container).retrieveAuctionLot(lotId)
      const offers = await auctionService(container).listAuctionOffers({ lot_id: lotId })
      const carts = (await container.resolve(Modules.CART).listCarts({}, { select: ["id", "metadata"] })).filter(
        (cart) => cart.metadata?.auction_lot_id === lotId,
      )
      return { lot, offers, carts }
    }

    describe("closing a lot past its end", () => {
      it("happens once when two runs of the job start at the same time", async () => {
        const container = getContainer()
        const events = recordEvents(container, ["auction.closed", "auction.offer_created"])
        const { lot, winner } = await lotToClose("job-race")

        await Promise.all([closeAuctions(container), closeAuctions(container)])

        const { lot: closed, offers, carts } = await closeRecord(lot.id)
        expect(closed.status).toBe("sold")
        expect(closed.hammer_price).toBe(5_000)
        expect(closed.winner_customer_id).toBe(winner.id)
        expect(offers).toHaveLength(1)
        expect(offers[0]).toMatchObject({ customer_id: winner.id, kind: "winner", amount: 5_000, status: "open", cart_id: carts[0]?.id })
        expect(carts).toHaveLength(1)
        // Events leave once their workflow has finished: give the bus a moment, then count.
        await new Promise((resolve) => setTimeout(resolve, 500))
        expect(events.filter((event) => event.name === "auction.closed" && event.data.id === lot.id)).toEqual([
          { name: "auction.closed", data: { id: lot.id, outcome: "sold" } },
        ])
        expect(events.filter((event) => event.name === "auction.offer_created" && event.data.id === offers[0].id)).toHaveLength(1)
      })

      it("happens once when the close workflow runs twice at the same time", async () => {
        const container = getContainer()
        const events = recordEvents(container, ["auction.closed"])
        const { lot } = await lotToClose("workflow-race")

        const runs = await Promise.all([1, 2].map(() => closeAuctionLotWorkflow(container).run({ input: { lot_id: lot.id } })))

        const results = runs.map((run) => run.result)
        expect(results.filter((result) => result.closed)).toHaveLength(1)
        expect(results.filter((result) => !result.closed)).toEqual([{ closed: false, outcome: null, offer_id: null }])
        const { lot: closed, offers, carts } = await closeRecord(lot.id)
        expect(closed.status).toBe("sold")
        expect(offers.map((offer) => offer.id)).toEqual([results.find((result) => result.closed)!.offer_id])
        expect(carts).toHaveLength(1)
        await new Promise((resolve) => setTimeout(resolve, 500))
        expect(events.filter((event) => event.data.id === lot.id)).toHaveLength(1)
      })

      it("that fails stays open and is tried again, with its reason kept for staff, who are told once", async () => {
        const container = getContainer()
        const { lot, winner } = await lotToClose("failing")
        // The winner's account is gone, so no cart can be made for them.
        await container.resolve(Modules.CUSTOMER).softDeleteCustomers([winner.id])
        const notices = async () =>
          (await container.resolve(Modules.NOTIFICATION).listNotifications({ channel: "feed" }, { select: ["data"] })).filter((notice) =>
            String(notice.data?.description).includes(lot.id),
          )

        await closeAuctions(container)
        await closeAuctions(container)

        const { lot: failed, offers, carts } = await closeRecord(lot.id)
        expect(failed).toMatchObject({ status: "live", hammer_price: null, winner_customer_id: null })
        expect(failed.close_error).toContain(winner.id)
        expect(offers.filter((offer) => offer.status === "open")).toEqual([])
        expect(carts).toEqual([])
        expect(await notices()).toHaveLength(1)
        const staff = { headers: { authorization: `Bearer ${(await staffLogin(api, container)).token}` } }
        const { data } = await api.get(`/admin/auctions/${lot.id}`, staff)
        expect(data.auction).toMatchObject({ status: "live", close_error: failed.close_error })

        await container.resolve(Modules.CUSTOMER).restoreCustomers([winner.id])
        await closeAuctions(container)
        const { lot: closed, carts: made } = await closeRecord(lot.id)
        expect(closed).toMatchObject({ status: "sold", winner_customer_id: winner.id, close_error: null })
        expect(made).toHaveLength(1)
        expect(await notices()).toHaveLength(1)
      })

      it("leaves a lot still running alone", async () => {
        const container = getContainer()
        const lot = await createLot(container, await auctionProduct(container))
        const { result } = await closeAuctionLotWorkflow(container).run({ input: { lot_id: lot.id } })
        expect(result).toEqual({ closed: false, outcome: null, offer_id: null })
        expect((await auctionService(container).retrieveAuctionLot(lot.id)).status).toBe("live")
      })

      it("starts scheduled lots whose start has passed", async () => {
        const container = getContainer()
        const lot = await createLot(container, await auctionProduct(container), {
          status: "scheduled",
          starts_at: new Date(Date.now() - 1_000),
          ends_at: new Date(Date.now() + 60 * 60_000),
        })
        await closeAuctions(container)
        expect((await auctionService(container).retrieveAuctionLot(lot.id)).status).toBe("live")
      })
    })
  },
})
