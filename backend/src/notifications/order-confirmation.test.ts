import { describe, expect, it } from "vitest"
import { emailLocale } from "./email-locale"
import { renderOrderConfirmation, type OrderConfirmationData } from "./order-confirmation"
import { orderConfirmationData } from "./order-confirmation-data"

const order = {
  id: "order_1",
  display_id: 1042,
  currency_code: "mad",
  items: [{ title: "Tapis", product_title: "Tapis <Zayane>", variant_title: "Tapis <Zayane>", quantity: 1, total: 4200 }],
  item_total: 4200,
  shipping_total: 35,
  tax_total: 705.83,
  total: 4235,
  shipping_methods: [{ name: "Livraison à domicile" }],
  shipping_address: { first_name: "Fatima", last_name: "Oulhaj", address_1: "12 rue Moulay Ismail", city: "Khénifra", postal_code: "54000", country_code: "ma", phone: "+212661234567" },
  payment_collections: [{ payments: [{ provider_id: "pp_cod_cod" }] }],
}

describe("order confirmation", () => {
  it("reads the order: amounts, the address on parcel lines, cash on delivery, the order's page", () => {
    const data: OrderConfirmationData = orderConfirmationData(order, "fr")
    expect(data).toMatchObject({ display_id: 1042, total: 4235, shipping_method: "Livraison à domicile", payment: "cash_on_delivery" })
    expect(data.items).toEqual([{ title: "Tapis <Zayane>", subtitle: null, quantity: 1, total: 4200 }])
    expect(data.shipping_address).toEqual(["Fatima Oulhaj", "12 rue Moulay Ismail", "54000 Khénifra", "Maroc", "+212661234567"])
    expect(data.url).toMatch(/\/fr\/order\/confirmed\/order_1$/)
    expect(orderConfirmationData({ ...order, payment_collections: [{ payments: [{ provider_id: "pp_stripe_stripe" }] }] }, "en").payment).toBe("card")
  })

  it("writes French, Arabic (right to left) and English, escaping what customers typed", () => {
    const fr = renderOrderConfirmation("fr", orderConfirmationData(order, "fr"))
    expect(fr.subject).toBe("Votre commande n° 1042 est confirmée")
    expect(fr.text).toContain("Paiement à la livraison")
    expect(fr.html).toContain('<html lang="fr" dir="ltr">')
    expect(fr.html).toContain("Tapis &lt;Zayane&gt;")
    expect(fr.html).not.toContain("<Zayane>")
    const ar = renderOrderConfirmation("ar", orderConfirmationData(order, "ar"))
    expect(ar.subject).toBe("تم تأكيد طلبك رقم 1042")
    expect(ar.html).toContain('<html lang="ar" dir="rtl">')
    expect(ar.text).toContain("المغرب")
    expect(renderOrderConfirmation("en", orderConfirmationData(order, "en")).text).toContain("Cash on delivery")
  })

  it("writes in the stored locale's language, French otherwise", () => {
    expect(emailLocale("ar")).toBe("ar")
    expect(emailLocale("en-GB")).toBe("en")
    expect(emailLocale("de")).toBe("fr")
    expect(emailLocale(null)).toBe("fr")
  })
})
