import { describe, expect, it } from "vitest"
import { auctionOfferData, renderAuctionOffer } from "./auction-offer"

process.env.STOREFRONT_URL = "https://tiwizi.test"

// 19:30 UTC is 20:30 in Casablanca (UTC+1): the due date is written in Moroccan time.
const offer = { id: "aoff_1", kind: "winner" as const, amount: "12500", due_at: new Date("2026-12-04T19:30:00Z"), lot: { id: "alot_1", currency_code: "mad" } }

describe("the email offering a lot to pay", () => {
  it("reads the offer: amount, due date, the lot's page in the reader's language", () => {
    expect(auctionOfferData(offer, "Tapis Zayane Tiziri", "ar")).toEqual({
      offer_id: "aoff_1",
      lot_id: "alot_1",
      kind: "winner",
      title: "Tapis Zayane Tiziri",
      amount: 12_500,
      currency_code: "mad",
      due_at: "2026-12-04T19:30:00.000Z",
      url: "https://tiwizi.test/ar/auctions/alot_1",
    })
  })

  it("tells the winner, or the next bidder, what to pay by when, in French, Arabic (right to left) and English", () => {
    const fr = renderAuctionOffer("fr", auctionOfferData(offer, "Tapis Zayane Tiziri", "fr"))
    expect(fr.subject).toBe("Vous avez remporté « Tapis Zayane Tiziri »")
    expect(fr.text).toContain("vous l'emportez à 12.500,00\u00a0MAD")
    expect(fr.text).toMatch(/Payez avant le 4 décembre 2026 .*20:30/)
    expect(fr.text).toContain("https://tiwizi.test/fr/auctions/alot_1")
    const second = renderAuctionOffer("en", auctionOfferData({ ...offer, kind: "second_chance" }, "Zayane rug", "en"))
    expect(second.subject).toBe("“Zayane rug” is offered to you")
    expect(second.text).toContain("at your bid: MAD\u00a012,500.00")
    const ar = renderAuctionOffer("ar", auctionOfferData(offer, "زربية زيان", "ar"))
    expect(ar.html).toContain('<html lang="ar" dir="rtl">')
    expect(ar.subject).toBe("فزت بـ«زربية زيان»")
    expect(ar.text).not.toMatch(/[٠-٩]/)
  })

  it("escapes the product's title in the HTML", () => {
    const email = renderAuctionOffer("fr", auctionOfferData(offer, "<b>Tapis</b>", "fr"))
    expect(email.html).not.toContain("<b>Tapis</b>")
    expect(email.html).toContain("&lt;b&gt;Tapis&lt;/b&gt;")
  })
})
