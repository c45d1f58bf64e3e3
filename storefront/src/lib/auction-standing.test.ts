import { describe, expect, it } from "vitest"
import { auctionStanding } from "./auction-standing"

const live = { phase: "live", status: "live", hasBid: true, leading: false, reserveMet: null, offer: null } as const

describe("auctionStanding", () => {
  it("says nothing to someone who never bid", () => {
    expect(auctionStanding({ ...live, hasBid: false })).toBeNull()
  })

  it("says winning or outbid while the lot runs", () => {
    expect(auctionStanding({ ...live, leading: true })).toBe("winning")
    expect(auctionStanding(live)).toBe("outbid")
    expect(auctionStanding({ ...live, phase: "upcoming", status: "scheduled", leading: true })).toBe("winning")
  })

  it("says won to the leader of a lot that ended with its reserve met, before and after it closed", () => {
    expect(auctionStanding({ ...live, phase: "ended", leading: true, reserveMet: true })).toBe("won")
    expect(auctionStanding({ ...live, phase: "ended", status: "sold", leading: true })).toBe("won")
    expect(auctionStanding({ ...live, phase: "ended", status: "sold" })).toBe("lost")
  })

  it("says the lot was not sold when its reserve was not met", () => {
    expect(auctionStanding({ ...live, phase: "ended", leading: true, reserveMet: false })).toBe("not_sold")
    expect(auctionStanding({ ...live, phase: "ended", status: "not_sold", leading: true, reserveMet: false })).toBe("not_sold")
  })

  it("lets the offer decide: open is won (a second bidder's too), paid is paid, expired is lost", () => {
    expect(auctionStanding({ ...live, phase: "ended", status: "second_chance", offer: { status: "open" } })).toBe("won")
    expect(auctionStanding({ ...live, phase: "ended", status: "paid", leading: true, offer: { status: "paid" } })).toBe("paid")
    expect(auctionStanding({ ...live, phase: "ended", status: "second_chance", leading: true, offer: { status: "expired" } })).toBe("lost")
    expect(auctionStanding({ ...live, phase: "ended", status: "second_chance", leading: true })).toBe("lost")
  })

  it("says cancelled for a lot staff cancelled", () => {
    expect(auctionStanding({ ...live, phase: "cancelled", status: "cancelled", leading: true })).toBe("cancelled")
  })
})
