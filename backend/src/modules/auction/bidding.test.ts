import { describe, expect, it } from "vitest"
import { type AcceptedBid, applyBid, type BidInput, isOpen, type LotState, minimumBid } from "./bidding"

const start = new Date("2026-12-01T10:00:00Z")
const end = new Date("2026-12-01T20:00:00Z")
const midday = new Date("2026-12-01T12:00:00Z")

/** A live lot starting at 3,000 MAD with no bids, ending at 20:00 with a 5-minute soft close. */
function lot(overrides: Partial<LotState> = {}): LotState {
  return {
    status: "live",
    currency_code: "mad",
    starts_at: start,
    ends_at: end,
    soft_close_minutes: 5,
    starting_price: 3_000,
    reserve_price: null,
    current_price: null,
    leader_customer_id: null,
    leader_max: null,
    last_position: 0,
    bid_count: 0,
    ...overrides,
  }
}

const bid = (customer_id: string, amount: number, max = false): BidInput => ({ customer_id, amount, currency_code: "mad", max })

/** Applies bids in turn, failing on a refusal; returns the lot and every record written. */
function run(state: LotState, bids: BidInput[], now = midday) {
  const records: AcceptedBid[] = []
  for (const next of bids) {
    const outcome = applyBid(state, next, now)
    if (!outcome.accepted) throw new Error(`refused ${JSON.stringify(next)}: ${outcome.code}`)
    records.push(...outcome.bids)
    state = outcome.state
  }
  return { state, records }
}

describe("isOpen and minimumBid", () => {
  it("opens from starts_at (included) to ends_at (excluded), for scheduled and live lots only", () => {
    expect(isOpen(lot(), start)).toBe(true)
    expect(isOpen(lot({ status: "scheduled" }), midday)).toBe(true)
    expect(isOpen(lot(), new Date(start.getTime() - 1))).toBe(false)
    expect(isOpen(lot(), end)).toBe(false)
    for (const status of ["sold", "not_sold", "paid", "second_chance", "cancelled"] as const) {
      expect(isOpen(lot({ status }), midday)).toBe(false)
    }
  })

  it("asks the starting price first, then the price plus the increment of its band", () => {
    expect(minimumBid(lot())).toBe(3_000)
    expect(minimumBid(lot({ current_price: 3_000 }))).toBe(3_100)
    expect(minimumBid(lot({ current_price: 950 }))).toBe(1_000)
    expect(minimumBid(lot({ current_price: 12_000 }))).toBe(12_500)
  })
})

describe("the first bid", () => {
  it("stands at its amount when plain, and makes the lot live", () => {
    const outcome = applyBid(lot({ status: "scheduled" }), bid("cus_a", 3_400), midday)
    expect(outcome).toMatchObject({
      accepted: true,
      bids: [{ customer_id: "cus_a", position: 1, amount: 3_400, max_amount: null, kind: "bid" }],
      state: { status: "live", current_price: 3_400, leader_customer_id: "cus_a", leader_max: 3_400, last_position: 1, bid_count: 1 },
    })
  })

  it("stands at the starting price when it is a maximum, keeping the maximum hidden", () => {
    const outcome = applyBid(lot(), bid("cus_a", 8_000, true), midday)
    expect(outcome).toMatchObject({
      accepted: true,
      bids: [{ customer_id: "cus_a", position: 1, amount: 3_000, max_amount: 8_000, kind: "max" }],
      state: { current_price: 3_000, leader_customer_id: "cus_a", leader_max: 8_000 },
    })
  })
})

describe("plain bids and maxima", () => {
  it("lets a plain bid over a plain bid take the lead at its amount", () => {
    const { state, records } = run(lot(), [bid("cus_a", 3_000), bid("cus_b", 3_500)])
    expect(records.map((r) => [r.customer_id, r.amount, r.kind])).toEqual([["cus_a", 3_000, "bid"], ["cus_b", 3_500, "bid"]])
    expect(state).toMatchObject({ current_price: 3_500, leader_customer_id: "cus_b", leader_max: 3_500 })
  })

  it("raises a maximum on its holder's behalf against a lower plain bid, one increment over it", () => {
    const { state, records } = run(lot(), [bid("cus_a", 6_000, true), bid("cus_b", 4_000)])
    expect(records).toEqual([
      { customer_id: "cus_a", position: 1, amount: 3_000, max_amount: 6_000, kind: "max" },
      { customer_id: "cus_b", position: 2, amount: 4_000, max_amount: null, kind: "bid" },
      { customer_id: "cus_a", position: 3, amount: 4_100, max_amount: null, kind: "auto" },
    ])
    expect(state).toMatchObject({ current_price: 4_100, leader_customer_id: "cus_a", leader_max: 6_000, last_position: 3, bid_count: 3 })
  })

  it("stops the automatic raise at the maximum when one increment would pass it", () => {
    const { state, records } = run(lot(), [bid("cus_a", 4_050, true), bid("cus_b", 4_000)])
    expect(records.at(-1)).toMatchObject({ customer_id: "cus_a", amount: 4_050, kind: "auto" })
    expect(state.current_price).toBe(4_050)
  })

  it("lets a higher maximum take the lead one increment over the old maximum, which is bid in full first", () => {
    const { state, records } = run(lot(), [bid("cus_a", 5_000, true), bid("cus_b", 9_000, true)])
    expect(records).toEqual([
      { customer_id: "cus_a", position: 1, amount: 3_000, max_amount: 5_000, kind: "max" },
      { customer_id: "cus_a", position: 2, amount: 5_000, max_amount: null, kind: "auto" },
      { customer_id: "cus_b", position: 3, amount: 5_250, max_amount: 9_000, kind: "max" },
    ])
    expect(state).toMatchObject({ current_price: 5_250, leader_customer_id: "cus_b", leader_max: 9_000 })
  })

  it("places a winning maximum at its own amount when one increment over the old maximum would pass it", () => {
    const { state, records } = run(lot(), [bid("cus_a", 5_000, true), bid("cus_b", 5_100, true)])
    expect(records.at(-1)).toMatchObject({ customer_id: "cus_b", amount: 5_100, max_amount: 5_100, kind: "max" })
    expect(state.current_price).toBe(5_100)
  })

  it("writes no automatic bid for an old leader whose maximum is already the price", () => {
    const { records } = run(lot(), [bid("cus_a", 3_000), bid("cus_b", 7_000, true)])
    expect(records.map((r) => r.kind)).toEqual(["bid", "max"])
    expect(records[1]).toMatchObject({ amount: 3_100, position: 2 })
  })

  it("lets a plain bid over a maximum take the lead at its full amount", () => {
    const { state, records } = run(lot(), [bid("cus_a", 5_000, true), bid("cus_b", 6_000)])
    expect(records.slice(1)).toEqual([
      { customer_id: "cus_a", position: 2, amount: 5_000, max_amount: null, kind: "auto" },
      { customer_id: "cus_b", position: 3, amount: 6_000, max_amount: null, kind: "bid" },
    ])
    expect(state).toMatchObject({ current_price: 6_000, leader_customer_id: "cus_b", leader_max: 6_000 })
  })

  it("records a losing maximum at its full amount before the leader's automatic answer", () => {
    const { state, records } = run(lot(), [bid("cus_a", 9_000, true), bid("cus_b", 6_000, true)])
    expect(records.slice(1)).toEqual([
      { customer_id: "cus_b", position: 2, amount: 6_000, max_amount: 6_000, kind: "max" },
      { customer_id: "cus_a", position: 3, amount: 6_250, max_amount: null, kind: "auto" },
    ])
    expect(state).toMatchObject({ current_price: 6_250, leader_customer_id: "cus_a" })
  })

  it("keeps the earlier bidder in the lead when a challenger's bid equals their maximum", () => {
    for (const max of [false, true]) {
      const { state, records } = run(lot(), [bid("cus_a", 6_000, true), bid("cus_b", 6_000, max)])
      expect(records.at(-1)).toEqual({ customer_id: "cus_a", position: 3, amount: 6_000, max_amount: null, kind: "auto" })
      expect(state).toMatchObject({ current_price: 6_000, leader_customer_id: "cus_a", leader_max: 6_000 })
    }
  })

  it("never lowers the price and numbers every record in order, through a long exchange", () => {
    let state = lot()
    const records: AcceptedBid[] = []
    const prices: number[] = []
    for (const next of [
      bid("cus_a", 4_000, true),
      bid("cus_b", 3_500),
      bid("cus_c", 12_000, true),
      bid("cus_a", 11_000, true),
      bid("cus_b", 12_000),
      bid("cus_d", 30_000),
    ]) {
      const step = run(state, [next])
      state = step.state
      records.push(...step.records)
      prices.push(state.current_price!)
    }
    expect(prices).toEqual([3_000, 3_600, 4_100, 11_500, 12_000, 30_000])
    expect(records.map((r) => r.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    expect(state).toMatchObject({ leader_customer_id: "cus_d", leader_max: 30_000, last_position: 10, bid_count: 10 })
  })
})

describe("a leader raising their maximum", () => {
  it("keeps the price and records the new maximum at it, which then answers a rival", () => {
    const { state, records } = run(lot(), [bid("cus_a", 3_000), bid("cus_a", 6_000, true), bid("cus_b", 4_000)])
    expect(records.map((r) => [r.customer_id, r.position, r.amount, r.max_amount, r.kind])).toEqual([
      ["cus_a", 1, 3_000, null, "bid"],
      ["cus_a", 2, 3_000, 6_000, "max"],
      ["cus_b", 3, 4_000, null, "bid"],
      ["cus_a", 4, 4_100, null, "auto"],
    ])
    expect(state).toMatchObject({ current_price: 4_100, leader_customer_id: "cus_a", leader_max: 6_000 })
  })

  it("lifts the price to the reserve when the new maximum reaches it", () => {
    const { state, records } = run(lot({ reserve_price: 7_000 }), [bid("cus_a", 5_000, true), bid("cus_a", 8_000, true)])
    expect(records.at(-1)).toMatchObject({ customer_id: "cus_a", amount: 7_000, max_amount: 8_000, kind: "max" })
    expect(state).toMatchObject({ current_price: 7_000, leader_max: 8_000 })
  })

  it("does not move the end in the soft close when the price stays", () => {
    const late = new Date(end.getTime() - 30_000)
    const { state } = run(lot(), [bid("cus_a", 3_000, true), bid("cus_a", 9_000, true)], late)
    expect(state.ends_at).toEqual(new Date(late.getTime() + 5 * 60_000))
    const outcome = applyBid(state, bid("cus_a", 12_000, true), new Date(state.ends_at.getTime() - 10_000))
    expect(outcome.accepted && outcome.state.ends_at).toEqual(state.ends_at)
  })
})

describe("the reserve", () => {
  it("raises the price to the reserve at once when a maximum reaches it", () => {
    const outcome = applyBid(lot({ reserve_price: 7_000 }), bid("cus_a", 8_000, true), midday)
    expect(outcome).toMatchObject({ accepted: true, bids: [{ amount: 7_000, max_amount: 8_000, kind: "max" }], state: { current_price: 7_000 } })
  })

  it("raises a new leader's maximum to the reserve over a rival's lower maximum", () => {
    const { state, records } = run(lot({ reserve_price: 7_000 }), [bid("cus_a", 5_000, true), bid("cus_b", 9_000, true)])
    expect(records.map((r) => [r.customer_id, r.amount, r.kind])).toEqual([
      ["cus_a", 3_000, "max"],
      ["cus_a", 5_000, "auto"],
      ["cus_b", 7_000, "max"],
    ])
    expect(state).toMatchObject({ current_price: 7_000, leader_customer_id: "cus_b" })
  })

  it("leaves the price below the reserve when no maximum reaches it", () => {
    const { state } = run(lot({ reserve_price: 7_000 }), [bid("cus_a", 6_000, true), bid("cus_b", 4_000)])
    expect(state.current_price).toBe(4_100)
  })
})

describe("soft close", () => {
  it("moves the end to soft_close_minutes after a bid placed within them", () => {
    const late = new Date(end.getTime() - 30_000)
    const outcome = applyBid(lot(), bid("cus_a", 3_000), late)
    expect(outcome.accepted && outcome.state.ends_at).toEqual(new Date(late.getTime() + 5 * 60_000))
  })

  it("leaves the end alone for a bid placed earlier", () => {
    const early = new Date(end.getTime() - 5 * 60_000)
    const outcome = applyBid(lot(), bid("cus_a", 3_000), early)
    expect(outcome.accepted && outcome.state.ends_at).toEqual(end)
  })
})

describe("refusals", () => {
  const refusal = (state: LotState, input: BidInput, now = midday) => applyBid(state, input, now)

  it("refuses bids before the start, at or after the end, and on closed or cancelled lots", () => {
    expect(refusal(lot(), bid("cus_a", 3_000), new Date(start.getTime() - 1))).toEqual({ accepted: false, code: "auction_not_live" })
    expect(refusal(lot(), bid("cus_a", 3_000), end)).toEqual({ accepted: false, code: "auction_not_live" })
    for (const status of ["sold", "not_sold", "paid", "second_chance", "cancelled"] as const) {
      expect(refusal(lot({ status }), bid("cus_a", 3_000))).toEqual({ accepted: false, code: "auction_not_live" })
    }
  })

  it("refuses another currency, whatever its case says", () => {
    expect(refusal(lot(), { ...bid("cus_a", 3_000), currency_code: "eur" })).toEqual({ accepted: false, code: "currency_mismatch" })
    expect(refusal(lot(), { ...bid("cus_a", 3_000), currency_code: "MAD" })).toMatchObject({ accepted: true })
  })

  it("refuses amounts that are not whole and positive", () => {
    for (const amount of [0, -100, 3_000.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60]) {
      expect(refusal(lot(), bid("cus_a", amount))).toEqual({ accepted: false, code: "invalid_amount" })
    }
  })

  it("refuses the leader's own new plain bid", () => {
    const { state } = run(lot(), [bid("cus_a", 3_000)])
    expect(refusal(state, bid("cus_a", 9_000))).toEqual({ accepted: false, code: "already_highest_bidder" })
  })

  it("refuses a leader's maximum that does not pass their own, telling the minimum", () => {
    const { state } = run(lot(), [bid("cus_a", 6_000, true)])
    expect(refusal(state, bid("cus_a", 6_000, true))).toEqual({ accepted: false, code: "bid_too_low", min_amount: 6_001 })
    const plain = run(lot(), [bid("cus_a", 3_000)]).state
    expect(refusal(plain, bid("cus_a", 3_050, true))).toEqual({ accepted: false, code: "bid_too_low", min_amount: 3_100 })
  })

  it("refuses a bid under the minimum, telling the minimum", () => {
    expect(refusal(lot(), bid("cus_a", 2_999))).toEqual({ accepted: false, code: "bid_too_low", min_amount: 3_000 })
    const { state } = run(lot(), [bid("cus_a", 3_000)])
    expect(refusal(state, bid("cus_b", 3_050, true))).toEqual({ accepted: false, code: "bid_too_low", min_amount: 3_100 })
  })

  it("leaves the lot as it was", () => {
    const state = lot({ current_price: 3_000, leader_customer_id: "cus_a", leader_max: 3_000, last_position: 1, bid_count: 1 })
    const before = structuredClone(state)
    refusal(state, bid("cus_b", 3_050))
    expect(state).toEqual(before)
  })
})
