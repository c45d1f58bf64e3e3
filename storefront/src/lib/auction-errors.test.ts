import { describe, expect, it } from "vitest"
import { auctionRefusal } from "./auction-errors"

describe("auctionRefusal", () => {
  it("reads each refusal code of the contract with its status", () => {
    expect(auctionRefusal(400, { type: "not_allowed", code: "currency_mismatch", message: "x" })).toEqual({ code: "currency_mismatch" })
    expect(auctionRefusal(400, { code: "invalid_amount" })).toEqual({ code: "invalid_amount" })
    expect(auctionRefusal(409, { code: "already_highest_bidder" })).toEqual({ code: "already_highest_bidder" })
    expect(auctionRefusal(409, { code: "auction_not_live" })).toEqual({ code: "auction_not_live" })
    expect(auctionRefusal(403, { code: "email_not_verified" })).toEqual({ code: "email_not_verified" })
    expect(auctionRefusal(403, { code: "own_cooperative" })).toEqual({ code: "own_cooperative" })
  })

  it("keeps the minimum of a bid that was too low, and only a number", () => {
    expect(auctionRefusal(400, { code: "bid_too_low", min_amount: 1300 })).toEqual({ code: "bid_too_low", min_amount: 1300 })
    expect(auctionRefusal(400, { code: "bid_too_low", min_amount: "1300" })).toEqual({ code: "bid_too_low" })
    expect(auctionRefusal(400, { code: "invalid_amount", min_amount: 1300 })).toEqual({ code: "invalid_amount" })
  })

  it("reads a 401 as a login to renew, whatever the body says", () => {
    expect(auctionRefusal(401, { type: "unauthorized", message: "Unauthorized" })).toEqual({ code: "not_logged_in" })
    expect(auctionRefusal(401, null)).toEqual({ code: "not_logged_in" })
  })

  it("leaks nothing of an answer it does not know", () => {
    expect(auctionRefusal(400, { type: "invalid_data", message: "amount: Expected number" })).toEqual({ code: "unknown" })
    expect(auctionRefusal(404, { code: "not_found" })).toEqual({ code: "unknown" })
    expect(auctionRefusal(500, { code: "bid_too_low" })).toEqual({ code: "unknown" })
    expect(auctionRefusal(200, { code: "bid_too_low" })).toEqual({ code: "unknown" })
    expect(auctionRefusal(400, "<html>")).toEqual({ code: "unknown" })
  })
})
