import { describe, expect, it } from "vitest"
import { applyBid, type LotState } from "../../modules/auction/bidding"
import { demoBidders, demoLots } from "./auction-lots"
import { cooperatives, products } from "./catalogue"

const now = new Date("2026-11-29T20:00:00Z")

function openLot(lot: (typeof demoLots)[number]): LotState {
  return {
    status: "live",
    currency_code: "mad",
    starts_at: new Date(now.getTime() - 60_000),
    ends_at: new Date(now.getTime() + 7 * 24 * 60 * 60_000),
    soft_close_minutes: 5,
    starting_price: lot.starting_price,
    reserve_price: lot.reserve_price,
    current_price: null,
    leader_customer_id: null,
    leader_max: null,
    last_position: 0,
    bid_count: 0,
  }
}

/** The lot after its demo bids, each applied by the auction rules; throws at the first refused one. */
function replay(lot: (typeof demoLots)[number]): LotState {
  return lot.bids.reduce((state, bid) => {
    const outcome = applyBid(state, { customer_id: demoBidders[bid.bidder].email, amount: bid.amount, currency_code: "mad", max: !!bid.max }, now)
    if (!outcome.accepted) throw new Error(`${lot.handle}: ${bid.amount} refused (${outcome.code}, minimum ${outcome.min_amount})`)
    return outcome.state
  }, openLot(lot))
}

describe("the demo auctions", () => {
  it("auction one-of-a-kind Zayane carpets of Khénifra cooperatives, each once, none the tests open by handle", () => {
    const khenifra = new Set(cooperatives.filter((cooperative) => cooperative.province === "Khénifra").map((cooperative) => cooperative.handle))
    const firstOfEachCooperative = new Set(
      products.filter((product) => product.oneOfAKind).filter((product, index, all) => all.findIndex((other) => other.cooperative === product.cooperative) === index).map((product) => product.handle),
    )
    expect(new Set(demoLots.map((lot) => lot.handle)).size).toBe(demoLots.length)
    for (const lot of demoLots) {
      const product = products.find((candidate) => candidate.handle === lot.handle)
      expect(product, lot.handle).toBeDefined()
      expect(product!.oneOfAKind && product!.category === "tapis-zayane" && khenifra.has(product!.cooperative), lot.handle).toBe(true)
      expect(firstOfEachCooperative.has(lot.handle), lot.handle).toBe(false)
      expect(lot.handle).not.toBe("tapis-zayane-azigza-aghbalou")
      if (lot.reserve_price !== null) expect(lot.reserve_price).toBeGreaterThanOrEqual(lot.starting_price)
    }
  })

  it("has lots live (one ending on Friday, one on Saturday), upcoming without bids and sold", () => {
    const live = demoLots.filter((lot) => lot.timing.phase === "live")
    expect(live.length).toBeGreaterThanOrEqual(3)
    expect(live.map((lot) => lot.timing.phase === "live" && lot.timing.ends)).toEqual(expect.arrayContaining(["friday-20h", "saturday-20h"]))
    const upcoming = demoLots.filter((lot) => lot.timing.phase === "upcoming")
    expect(upcoming.length).toBeGreaterThanOrEqual(3)
    for (const lot of upcoming) expect(lot.bids).toEqual([])
    expect(demoLots.filter((lot) => lot.timing.phase === "sold").length).toBeGreaterThanOrEqual(3)
  })

  it("places only bids the rules accept, and every sold lot ends with a leader over its reserve", () => {
    for (const lot of demoLots) {
      const state = replay(lot)
      if (lot.timing.phase !== "sold") continue
      expect(state.leader_customer_id, lot.handle).not.toBeNull()
      expect(state.current_price!, lot.handle).toBeGreaterThanOrEqual(lot.reserve_price ?? lot.starting_price)
    }
    expect(replay(demoLots[0])).toMatchObject({ current_price: 10_500, leader_customer_id: "nadia.bennis@tiwizi.local" })
    expect(replay(demoLots[1])).toMatchObject({ current_price: 17_500, leader_customer_id: "omar.tazi@tiwizi.local" })
  })

  it("bids with every demo bidder, and only with them", () => {
    const used = new Set(demoLots.flatMap((lot) => lot.bids.map((bid) => bid.bidder)))
    expect([...used].sort()).toEqual(demoBidders.map((_, index) => index))
  })
})
