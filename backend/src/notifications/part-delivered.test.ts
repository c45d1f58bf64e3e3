import { describe, expect, it } from "vitest"
import { renderPartDelivered } from "./part-delivered"
import { parcelData } from "./part-shipped"

process.env.STOREFRONT_URL = "https://tiwizi.test"

const part = {
  id: "cord_1",
  order_id: "order_1",
  order_display_id: 1042,
  currency_code: "eur",
  cash_on_delivery: false,
  total: 120,
  refunded_total: 0,
  items: [{ title: "Huile d'argan", variant_title: "250 ml", quantity: 2 }],
}

describe("a customer's parcel delivered", () => {
  it("says which cooperative's parcel arrived, in French, Arabic (right to left) and English", () => {
    const fr = renderPartDelivered("fr", parcelData(part, "Coopérative Tifawin", "fr"))
    expect(fr.subject).toBe("Commande n° 1042 : le colis de Coopérative Tifawin est livré")
    expect(fr.text).toContain("- Huile d'argan (250 ml) × 2")
    expect(fr.text).toContain("https://tiwizi.test/fr/order/confirmed/order_1")
    expect(fr.html).toContain("Huile d&#39;argan")
    const ar = renderPartDelivered("ar", parcelData(part, "تعاونية تيفاوين", "ar"))
    expect(ar.subject).toBe("الطلب رقم 1042: تم تسليم طرد تعاونية تيفاوين")
    expect(ar.html).toContain('<html lang="ar" dir="rtl">')
    expect(renderPartDelivered("en", parcelData(part, "Tifawin Cooperative", "en")).subject).toBe(
      "Order no. 1042: the parcel from Tifawin Cooperative was delivered",
    )
  })
})
