import { describe, expect, it } from "vitest"
import { auctionCancelledData, renderAuctionCancelled } from "./auction-cancelled"

process.env.STOREFRONT_URL = "https://tiwizi.test"

const lot = { id: "alot_1", cancel_reason: "La coopérative a retiré le tapis." }

describe("the email telling bidders a lot was cancelled", () => {
  it("reads the lot: staff's reason, whether the reader held its offer, the auctions in the reader's language", () => {
    expect(auctionCancelledData(lot, "زربية زيان", true, "ar")).toEqual({
      lot_id: "alot_1",
      title: "زربية زيان",
      reason: "La coopérative a retiré le tapis.",
      offer_withdrawn: true,
      url: "https://tiwizi.test/ar/auctions",
    })
  })

  it("says why and that nothing is due, in French, Arabic (right to left) and English", () => {
    const fr = renderAuctionCancelled("fr", auctionCancelledData(lot, "Tapis Zayane Tiziri", false, "fr"))
    expect(fr.subject).toBe("L'enchère sur « Tapis Zayane Tiziri » est annulée")
    expect(fr.text).toBe(
      [
        "Cette enchère a été annulée. Vous n'avez rien à payer : vos enchères sur cette pièce ne vous engagent plus.",
        "Motif : La coopérative a retiré le tapis.",
        "",
        "Voir les enchères: https://tiwizi.test/fr/auctions",
      ].join("\n"),
    )
    const en = renderAuctionCancelled("en", auctionCancelledData(lot, "Zayane rug", false, "en"))
    expect(en.subject).toBe("The auction of “Zayane rug” is cancelled")
    expect(en.text).toContain("No payment is due")
    expect(en.text).not.toContain("offer")
    const ar = renderAuctionCancelled("ar", auctionCancelledData(lot, "زربية زيان", false, "ar"))
    expect(ar.html).toContain('<html lang="ar" dir="rtl">')
    expect(ar.subject).toBe("أُلغي المزاد على «زربية زيان»")
    expect(ar.text).toContain("السبب: La coopérative a retiré le tapis.")
  })

  it("tells the holder of the withdrawn offer that it can no longer be paid", () => {
    const email = renderAuctionCancelled("en", auctionCancelledData(lot, "Zayane rug", true, "en"))
    expect(email.text).toContain("The offer to pay for it that you received is withdrawn and can no longer be paid.")
    expect(email.html).toContain("withdrawn and can no longer be paid")
  })

  it("escapes the title and staff's reason in the HTML", () => {
    const email = renderAuctionCancelled("fr", auctionCancelledData({ id: "alot_1", cancel_reason: "<i>abîmé</i>" }, "<b>Tapis</b>", false, "fr"))
    expect(email.html).not.toContain("<b>Tapis</b>")
    expect(email.html).not.toContain("<i>abîmé</i>")
    expect(email.html).toContain("&lt;i&gt;abîmé&lt;/i&gt;")
  })
})
