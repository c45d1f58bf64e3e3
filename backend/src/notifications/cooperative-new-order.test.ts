import { describe, expect, it } from "vitest"
import { cooperativeNewOrderData, cooperativeNewOrderSms, partNumber, renderCooperativeNewOrder } from "./cooperative-new-order"

process.env.STOREFRONT_URL = "https://tiwizi.test"

const part = {
  id: "cord_01JD8ZQ4W7QX4",
  order_display_id: 1042,
  currency_code: "mad",
  cash_on_delivery: true,
  total: 1235,
  refunded_total: 0,
  items: [
    { title: "Tapis <Zayane>", variant_title: "2 × 3 m", quantity: 2, cancelled_at: null },
    { title: "Coussin", variant_title: "Coussin", quantity: 1, cancelled_at: null },
    { title: "Panier", variant_title: null, quantity: 1, cancelled_at: new Date() },
  ],
}

describe("a cooperative's new order", () => {
  it("reads the part: its number, the lines still ordered, the amount due and the portal's page", () => {
    const data = cooperativeNewOrderData({ ...part, refunded_total: 200 }, "fr")
    expect(partNumber(part)).toBe("1042-7QX4")
    expect(data).toMatchObject({ number: "1042-7QX4", item_count: 3, amount_due: 1035, cash_on_delivery: true })
    expect(data.items).toEqual([
      { title: "Tapis <Zayane>", subtitle: "2 × 3 m", quantity: 2 },
      { title: "Coussin", subtitle: null, quantity: 1 },
    ])
    expect(data.url).toBe("https://tiwizi.test/fr/cooperative/orders/cord_01JD8ZQ4W7QX4")
  })

  it("writes the email in French, Arabic (right to left) and English, escaping product titles", () => {
    const fr = renderCooperativeNewOrder("fr", cooperativeNewOrderData(part, "fr"))
    expect(fr.subject).toBe("Nouvelle commande n° 1042-7QX4")
    expect(fr.text).toContain("Vous avez une nouvelle commande : 3 articles.")
    expect(fr.text).toContain("À encaisser à la livraison : 1.235,00\u00a0MAD")
    expect(fr.html).toContain('<html lang="fr" dir="ltr">')
    expect(fr.html).toContain("Tapis &lt;Zayane&gt;")
    expect(fr.html).not.toContain("<Zayane>")
    const ar = renderCooperativeNewOrder("ar", cooperativeNewOrderData(part, "ar"))
    expect(ar.subject).toBe("طلب جديد رقم 1042-7QX4")
    expect(ar.text).toContain("3 منتجات")
    expect(ar.html).toContain('<html lang="ar" dir="rtl">')
    expect(ar.html).toContain("/ar/cooperative/orders/cord_01JD8ZQ4W7QX4")
    const en = renderCooperativeNewOrder("en", cooperativeNewOrderData({ ...part, cash_on_delivery: false }, "en"))
    expect(en.text).toContain("Already paid by card: MAD")
  })

  it("fits the SMS in one line: number, item count, amount due and link", () => {
    const single = { ...part, items: [part.items[1]] }
    expect(cooperativeNewOrderSms("fr", cooperativeNewOrderData(single, "fr"))).toBe(
      "Tiwizi : nouvelle commande n° 1042-7QX4, 1 article, 1.235,00\u00a0MAD à encaisser. https://tiwizi.test/fr/cooperative/orders/cord_01JD8ZQ4W7QX4",
    )
    const ar = cooperativeNewOrderSms("ar", cooperativeNewOrderData(single, "ar"))
    expect(ar).toMatch(/^تيويزي: طلب جديد رقم 1042-7QX4، منتج واحد، .+ للتحصيل\. https:\/\/tiwizi\.test\/ar\//)
    expect(cooperativeNewOrderSms("en", cooperativeNewOrderData({ ...part, cash_on_delivery: false }, "en"))).toMatch(
      /^Tiwizi: new order no\. 1042-7QX4, 3 items, MAD[\s\u00a0]?1,235\.00 paid by card\. https:/,
    )
  })
})
