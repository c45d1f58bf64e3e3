import { describe, expect, it } from "vitest"
import { auctionClosedData, auctionClosedSms, renderAuctionClosed } from "./auction-closed"

process.env.STOREFRONT_URL = "https://tiwizi.test"

const lot = { id: "alot_1", status: "sold", hammer_price: 9000, currency_code: "mad" }

describe("a cooperative's message when its lot closes", () => {
  it("says sold at the hammer price, with the portal's auctions page", () => {
    const data = auctionClosedData(lot, "Tapis Zayane Tiziri", "fr")
    expect(data).toEqual({ lot_id: "alot_1", title: "Tapis Zayane Tiziri", sold: true, hammer_price: 9_000, currency_code: "mad", url: "https://tiwizi.test/fr/cooperative/auctions" })
    expect(renderAuctionClosed("fr", data).subject).toBe("« Tapis Zayane Tiziri » adjugé à 9.000,00\u00a0MAD")
    expect(auctionClosedSms("fr", data)).toBe("Tiwizi : « Tapis Zayane Tiziri » adjugé à 9.000,00\u00a0MAD. https://tiwizi.test/fr/cooperative/auctions")
  })

  it("says not sold, in the owner's language", () => {
    const data = auctionClosedData({ ...lot, status: "not_sold", hammer_price: null }, "زربية زيان", "ar")
    expect(data.sold).toBe(false)
    const email = renderAuctionClosed("ar", data)
    expect(email.subject).toBe("لم تُبع «زربية زيان» في المزاد")
    expect(email.html).toContain('<html lang="ar" dir="rtl">')
    expect(auctionClosedSms("en", auctionClosedData({ ...lot, status: "not_sold", hammer_price: null }, "Zayane rug", "en"))).toBe(
      "Tiwizi: “Zayane rug” was not sold at auction. https://tiwizi.test/en/cooperative/auctions",
    )
  })
})
