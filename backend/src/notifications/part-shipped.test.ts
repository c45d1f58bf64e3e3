import { describe, expect, it } from "vitest"
import { parcelData, renderPartShipped } from "./part-shipped"

process.env.STOREFRONT_URL = "https://tiwizi.test"

const part = {
  id: "cord_1",
  order_id: "order_1",
  order_display_id: 1042,
  currency_code: "mad",
  cash_on_delivery: true,
  total: 1235,
  refunded_total: 35,
  carrier: "Amana",
  tracking_number: "RR123456789MA",
  items: [
    { title: "Tapis <Zayane>", variant_title: "2 × 3 m", quantity: 1 },
    { title: "Panier", variant_title: null, quantity: 1, cancelled_at: "2026-01-01T00:00:00Z" },
  ],
}

describe("a customer's parcel shipped", () => {
  it("reads the parcel: cooperative, carrier, tracking number, the items in it, cash to pay for cash on delivery only", () => {
    const data = parcelData(part, "Coopérative Tifawin", "fr")
    expect(data).toMatchObject({ display_id: 1042, cooperative_name: "Coopérative Tifawin", carrier: "Amana", tracking_number: "RR123456789MA", cash_due: 1200 })
    expect(data.items).toEqual([{ title: "Tapis <Zayane>", subtitle: "2 × 3 m", quantity: 1 }])
    expect(data.url).toBe("https://tiwizi.test/fr/order/confirmed/order_1")
    expect(parcelData({ ...part, cash_on_delivery: false }, "x", "en").cash_due).toBeNull()
  })

  it("writes French, Arabic (right to left) and English, escaping what cooperatives typed", () => {
    const fr = renderPartShipped("fr", parcelData(part, "Coopérative Tifawin", "fr"))
    expect(fr.subject).toBe("Commande n° 1042 : le colis de Coopérative Tifawin est en route")
    expect(fr.text).toContain("Transporteur: Amana")
    expect(fr.text).toContain("Numéro de suivi: RR123456789MA")
    expect(fr.text).toContain("À payer en espèces au livreur pour ce colis : 1.200,00\u00a0MAD")
    expect(fr.text).not.toContain("Panier")
    expect(fr.html).toContain("Tapis &lt;Zayane&gt;")
    expect(fr.html).toContain('<html lang="fr" dir="ltr">')
    const ar = renderPartShipped("ar", parcelData(part, "تعاونية تيفاوين", "ar"))
    expect(ar.subject).toBe("الطلب رقم 1042: طرد تعاونية تيفاوين في الطريق")
    expect(ar.text).toContain("رقم التتبع: RR123456789MA")
    expect(ar.html).toContain('<html lang="ar" dir="rtl">')
    const en = renderPartShipped("en", parcelData({ ...part, cash_on_delivery: false }, "Tifawin Cooperative", "en"))
    expect(en.subject).toBe("Order no. 1042: the parcel from Tifawin Cooperative is on its way")
    expect(en.text).not.toContain("cash")
  })
})
