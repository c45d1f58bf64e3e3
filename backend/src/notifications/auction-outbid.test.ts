import { describe, expect, it } from "vitest"
import { auctionOutbidData, renderAuctionOutbid } from "./auction-outbid"

process.env.STOREFRONT_URL = "https://tiwizi.test"

describe("a bidder's outbid email", () => {
  it("gives the lot's price now and a link back to bid again", () => {
    const data = auctionOutbidData({ id: "alot_1", currency_code: "mad" }, "Zayane rug", 5_000, "en")
    expect(data.url).toBe("https://tiwizi.test/en/auctions/alot_1")
    const email = renderAuctionOutbid("en", data)
    expect(email.subject).toBe("You have been outbid on “Zayane rug”")
    expect(email.text).toBe("Someone bid higher than you. The price is now MAD\u00a05,000.00.\n\nBid again: https://tiwizi.test/en/auctions/alot_1")
    expect(renderAuctionOutbid("fr", auctionOutbidData({ id: "alot_1", currency_code: "mad" }, "Tapis", 5_000, "fr")).subject).toBe(
      "Votre enchère sur « Tapis » a été dépassée",
    )
  })
})
