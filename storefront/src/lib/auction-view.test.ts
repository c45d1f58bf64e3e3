import { createTranslator } from "next-intl"
import { describe, expect, it } from "vitest"
import { catalogues } from "../../messages"
import type { AuctionDetail, AuctionState } from "./auction-types"
import { auctionView, bidderLabel, headlinePrice } from "./auction-view"

const translator = (locale: "fr" | "ar" | "en") => createTranslator({ locale, messages: catalogues[locale], namespace: "Auctions" })
const plain = (text: string | undefined) => text?.replace(/\s/g, " ")

const lot: AuctionDetail = {
  id: "alot_1",
  status: "live",
  phase: "live",
  product: { id: "prod_1", handle: "tapis-zayane", title: "Tapis zayane", thumbnail: null },
  cooperative: { name: "Coopérative Aghbalou", handle: "aghbalou" },
  currency_code: "mad",
  starting_price: 2000,
  current_price: 2600,
  hammer_price: null,
  bid_count: 3,
  starts_at: "2026-05-10T08:00:00Z",
  ends_at: "2026-05-10T18:00:00Z",
  soft_close_minutes: 5,
  reserve_met: false,
  min_next_bid: 2700,
  bids: [
    { position: 3, amount: 2600, bidder: "Bidder 2", is_you: false, kind: "auto", created_at: "2026-05-10T10:00:05Z" },
    { position: 2, amount: 2500, bidder: "Bidder 1", is_you: true, kind: "bid", created_at: "2026-05-10T10:00:04Z" },
  ],
  viewer: { can_bid: true, leading: false, outbid: true, max_amount: null, offer: null },
}
const state = (auction: Partial<AuctionDetail>): AuctionState => ({ auction: { ...lot, ...auction }, server_time: "2026-05-10T10:00:06Z" })

describe("auctionView", () => {
  it("says a live lot's price, bids, minimum, reserve and the viewer's standing in French", () => {
    const view = auctionView(state({}), translator("fr"), "fr")
    expect(view.price.label).toBe("Enchère actuelle")
    expect(plain(view.price.text)).toBe("2.600,00 MAD")
    expect(view.bidCount).toBe("3 enchères")
    expect(view.minNext?.amount).toBe(2700)
    expect(plain(view.minNext?.text)).toBe("Enchère minimale : 2.700,00 MAD")
    expect(view.reserve).toBe("Prix de réserve pas encore atteint")
    expect(view.standing).toEqual({ kind: "outbid", text: "Vous avez été surenchéri" })
    expect(view.canBid).toBe(true)
    expect(view.serverTime).toBe("2026-05-10T10:00:06Z")
    expect(view.closed).toBeNull()
    expect(view.bids.map((bid) => [bid.bidder, bid.auto, bid.you, bid.time])).toEqual([
      ["Enchérisseur 2", true, false, "11:00:05"],
      ["Vous", false, true, "11:00:04"],
    ])
  })

  it("writes Arabic with Latin digits and its plural forms", () => {
    const view = auctionView(state({ bid_count: 2 }), translator("ar"), "ar")
    expect(view.bidCount).toBe("مزايدتان")
    expect(view.standing?.text).toBe("تمت المزايدة عليك")
    expect(view.bids[0].bidder).toBe("المزايد 2")
    expect(JSON.stringify(view)).not.toMatch(/[٠-٩]/)
  })

  it("shows the form only to a viewer allowed to bid on a lot that takes bids", () => {
    expect(auctionView(state({ viewer: null }), translator("fr"), "fr").canBid).toBe(false)
    expect(auctionView(state({ viewer: { ...lot.viewer!, can_bid: false, reason: "email_not_verified" } }), translator("fr"), "fr").canBid).toBe(false)
    const upcoming = auctionView(state({ phase: "upcoming", status: "scheduled", min_next_bid: null, current_price: null, bid_count: 0, bids: [] }), translator("fr"), "fr")
    expect(upcoming.canBid).toBe(false)
    expect(upcoming.minNext).toBeNull()
    expect(upcoming.price.label).toBe("Prix de départ")
    expect(upcoming.bidCount).toBe("Aucune enchère")
    expect(upcoming.reserve).toBeNull()
  })

  it("tells the leader their own maximum, and offers them only to raise it above it", () => {
    const view = auctionView(state({ viewer: { can_bid: true, leading: true, outbid: false, max_amount: 4000, offer: null } }), translator("en"), "en")
    expect(view.standing?.kind).toBe("winning")
    expect(view.canBid).toBe(true)
    expect(view.raise).toBe(true)
    expect(view.minNext?.amount).toBe(4001)
    expect(plain(view.minNext?.text)).toBe("New maximum, at least: MAD 4,001.00")
    expect(plain(view.yourMax ?? "")).toBe("Your maximum: MAD 4,000.00 (only you see it)")
    // A leader by a plain bid (no maximum) needs the lot's minimum.
    const plainLeader = auctionView(state({ viewer: { can_bid: true, leading: true, outbid: false, max_amount: null, offer: null } }), translator("en"), "en")
    expect(plainLeader.minNext?.amount).toBe(2700)
    expect(auctionView(state({}), translator("en"), "en").raise).toBe(false)
  })

  it("says the hammer price and the winner's standing once the lot is sold", () => {
    const sold = state({
      phase: "ended",
      status: "sold",
      hammer_price: 3100,
      current_price: 3100,
      min_next_bid: null,
      reserve_met: true,
      viewer: { can_bid: true, leading: true, outbid: false, max_amount: 3500, offer: { id: "aoff_1", kind: "winner", amount: 3100, due_at: "2026-05-13T18:00:00Z", status: "open", cart_id: "cart_1" } },
    })
    const view = auctionView(sold, translator("fr"), "fr")
    expect(view.price.label).toBe("Adjugé")
    expect(plain(view.price.text)).toBe("3.100,00 MAD")
    expect(view.standing?.kind).toBe("won")
    expect(view.reserve).toBe("Prix de réserve atteint")
    expect(view.canBid).toBe(false)
    expect(view.yourMax).toBeNull()
    expect(view.closed).toBe("Enchère terminée le 10 mai 2026 à 19:00")
  })
})

describe("headlinePrice", () => {
  it("shows the last bid of a lot that ended unsold, and the start of one without bids", () => {
    expect(headlinePrice({ phase: "ended", current_price: 1500, hammer_price: null, starting_price: 1000 })).toEqual({ key: "last", amount: 1500 })
    expect(headlinePrice({ phase: "ended", current_price: null, hammer_price: null, starting_price: 1000 })).toEqual({ key: "starting", amount: 1000 })
  })
})

describe("bidderLabel", () => {
  it("keeps a label without a number as the backend wrote it", () => {
    expect(bidderLabel("Anonyme", translator("fr"), "fr")).toBe("Anonyme")
    expect(bidderLabel("Bidder 12", translator("en"), "en")).toBe("Bidder 12")
  })
})
