import { describe, expect, it } from "vitest"
import { auctionOfferExpiredData, renderAuctionOfferExpired } from "./auction-offer-expired"

process.env.STOREFRONT_URL = "https://tiwizi.test"

const offer = { id: "aoff_1", kind: "winner" as const, amount: "12500", due_at: new Date("2026-12-04T19:30:00Z"), lot: { id: "alot_1", currency_code: "mad" } }

describe("the email telling a customer their offer expired", () => {
  it("reads the offer: the amount offered, the lot's page in the reader's language", () => {
    expect(auctionOfferExpiredData(offer, "Zayane rug", "en")).toEqual({
      offer_id: "aoff_1",
      lot_id: "alot_1",
      title: "Zayane rug",
      amount: 12_500,
      currency_code: "mad",
      url: "https://tiwizi.test/en/auctions/alot_1",
    })
  })

  it("says the time to pay has passed and the piece may go to another bidder, in French, Arabic (right to left) and English", () => {
    const en = renderAuctionOfferExpired("en", auctionOfferExpiredData(offer, "Zayane rug", "en"))
    expect(en.subject).toBe("The time to pay for “Zayane rug” has passed")
    expect(en.text).toBe(
      [
        "The time to pay for the piece at MAD\u00a012,500.00 has passed: the offer has expired and can no longer be paid.",
        "The piece may now be offered to another bidder.",
        "",
        "See the auction: https://tiwizi.test/en/auctions/alot_1",
      ].join("\n"),
    )
    const fr = renderAuctionOfferExpired("fr", auctionOfferExpiredData(offer, "Tapis Zayane Tiziri", "fr"))
    expect(fr.subject).toBe("Le délai pour payer « Tapis Zayane Tiziri » est passé")
    expect(fr.text).toContain("à 12.500,00\u00a0MAD est passé")
    expect(fr.text).toContain("proposée à une autre personne qui a enchéri")
    const ar = renderAuctionOfferExpired("ar", auctionOfferExpiredData(offer, "زربية زيان", "ar"))
    expect(ar.html).toContain('<html lang="ar" dir="rtl">')
    expect(ar.subject).toBe("انقضى أجل أداء ثمن «زربية زيان»")
    expect(ar.text).not.toMatch(/[٠-٩]/)
  })

  it("escapes the product's title in the HTML", () => {
    const email = renderAuctionOfferExpired("fr", auctionOfferExpiredData(offer, "<b>Tapis</b>", "fr"))
    expect(email.html).not.toContain("<b>Tapis</b>")
    expect(email.html).toContain("&lt;b&gt;Tapis&lt;/b&gt;")
  })
})
