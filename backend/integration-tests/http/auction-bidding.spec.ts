import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { beforeAll, expect, it } from "vitest"
import { applyBid, type BidInput, type LotState } from "../../src/modules/auction/bidding"
import { auctionProduct, auctionService, createBidders, createLot, placeBid, seedAuctionShop, type StoreHeaders } from "./auction-helpers"
import { recordEvents } from "./vendor-helpers"

type StoredBid = { customer_id: string; position: number; amount: number; max_amount: number | null; kind: "bid" | "max" | "auto"; created_at: Date }

const BIDDERS = 20
const SUBMISSIONS = 200

/**
 * The 200 submissions: each bidder climbs in its own steps, every third one a maximum, and one
 * submission in ten is under the starting price, so some are refused whatever the order.
 */
function submissions() {
  return Array.from({ length: SUBMISSIONS }, (_, index) => {
    const bidder = index % BIDDERS
    const round = Math.floor(index / BIDDERS)
    const tooLow = index % 10 === 7
    return {
      bidder,
      amount: tooLow ? 2_000 + bidder : 3_000 + round * 900 + bidder * 45,
      max: index % 3 === 0,
    }
  })
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: StoreHeaders

    beforeAll(async () => {
      ;({ store } = await seedAuctionShop(api, getContainer()))
    })

    it("applies 200 concurrent bids one at a time: replaying the accepted ones in order gives the same bids and the same lot", async () => {
      const container = getContainer()
      const lot = await createLot(container, await auctionProduct(container), { starting_price: 3_000, reserve_price: 9_000 })
      const bidders = await createBidders(api, container, store, BIDDERS)
      const outbids = recordEvents(container, ["auction.outbid"])
      const sent = submissions()

      const responses = await Promise.all(
        sent.map((submission) => placeBid(api, bidders[submission.bidder].headers, lot.id, { amount: submission.amount, max: submission.max })),
      )

      const outcomes = responses.map((response) => (response.status === 200 ? "accepted" : `${response.status} ${response.data.code}`))
      for (const outcome of outcomes) expect(["accepted", "400 bid_too_low", "409 already_highest_bidder"]).toContain(outcome)
      const accepted = responses.filter((response) => response.status === 200)
      expect(accepted.length).toBeGreaterThanOrEqual(10)
      expect(outcomes.filter((outcome) => outcome === "400 bid_too_low").length).toBeGreaterThanOrEqual(SUBMISSIONS / 10)

      const auctions = auctionService(container)
      const [stored] = await auctions.listAuctionLots({ id: lot.id }, { take: 1 })
      const bids = (await auctions.listAuctionBids(
        { lot_id: lot.id },
        { select: ["customer_id", "position", "amount", "max_amount", "kind", "created_at"], order: { position: "ASC" }, take: null },
      )) as StoredBid[]
      const records = bids.map((bid) => ({
        customer_id: bid.customer_id,
        position: bid.position,
        amount: Number(bid.amount),
        max_amount: bid.max_amount === null ? null : Number(bid.max_amount),
        kind: bid.kind,
      }))

      // Positions are 1..n with no gap and no duplicate, and the lot counted them all.
      expect(records.map((record) => record.position)).toEqual(records.map((_, index) => index + 1))
      expect(Number(stored.last_position)).toBe(records.length)
      expect(Number(stored.bid_count)).toBe(records.length)
      // The price never goes down along positions.
      for (let index = 1; index < records.length; index++) expect(records[index].amount).toBeGreaterThanOrEqual(records[index - 1].amount)

      // Every accepted response is one customer submission on record, and every submission on record was answered 200.
      const own = records.filter((record) => record.kind !== "auto")
      expect(own.length).toBe(accepted.length)
      const byPosition = new Map(records.map((record) => [record.position, record]))
      for (const response of accepted) {
        const { position, amount, max_amount } = response.data.bid
        expect(byPosition.get(position)).toMatchObject({ amount, max_amount, kind: max_amount === null ? "bid" : "max" })
      }
      expect(new Set(accepted.map((response) => response.data.bid.position)).size).toBe(accepted.length)

      // Replaying the accepted submissions one at a time, in the order of their positions, from
      // the lot as it was created, writes the very same records and ends at the same lot.
      let state: LotState = {
        status: "live",
        currency_code: "mad",
        starts_at: new Date(lot.starts_at),
        ends_at: new Date(lot.ends_at),
        soft_close_minutes: lot.soft_close_minutes,
        starting_price: 3_000,
        reserve_price: 9_000,
        current_price: null,
        leader_customer_id: null,
        leader_max: null,
        last_position: 0,
        bid_count: 0,
      }
      let leaderChanges = 0
      for (const record of own) {
        const submission: BidInput = {
          customer_id: record.customer_id,
          amount: record.kind === "max" ? record.max_amount! : record.amount,
          currency_code: "mad",
          max: record.kind === "max",
        }
        const at = bids.find((bid) => bid.position === record.position)!.created_at
        const replayed = applyBid(state, submission, new Date(at))
        if (!replayed.accepted) throw new Error(`replaying position ${record.position} was refused: ${replayed.code}`)
        const written = records.filter((candidate) => replayed.bids.some((bid) => bid.position === candidate.position))
        expect(replayed.bids).toEqual(written)
        expect(replayed.state.current_price!).toBeGreaterThanOrEqual(state.current_price ?? 0)
        if (state.leader_customer_id !== null && replayed.state.leader_customer_id !== state.leader_customer_id) leaderChanges++
        state = replayed.state
      }
      expect(state.last_position).toBe(records.length)
      expect(state.current_price).toBe(Number(stored.current_price))
      expect(state.leader_customer_id).toBe(stored.leader_customer_id)
      expect(state.leader_max).toBe(Number(stored.leader_max))
      expect(stored.status).toBe("live")

      // The database refuses a second bid at a taken position, whatever the code above it does.
      await expect(
        auctions.createAuctionBids([{ lot_id: lot.id, customer_id: bidders[0].id, position: 1, amount: 99_999, kind: "bid" }]),
      ).rejects.toThrow()

      // Each change of leader told the customer who lost the lead.
      for (let tries = 0; tries < 100 && outbids.length < leaderChanges; tries++) await new Promise((resolve) => setTimeout(resolve, 20))
      expect(outbids.length).toBe(leaderChanges)
    })
  },
})
