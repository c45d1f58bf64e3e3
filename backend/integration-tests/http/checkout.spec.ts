import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { beforeAll, describe, expect, it } from "vitest"
import { seedShop } from "../../src/scripts/seed/index"
import { products } from "../../src/scripts/seed/catalogue"
import { applicants } from "../../src/scripts/seed/catalogue/cooperatives"
import { seededSuspension } from "../../src/scripts/seed/cooperative-decisions"
import { checkoutCart, moroccanAddress, must, readOutbox, startPayment, waitForEmail } from "./checkout-helpers"
import { attempt, type Api } from "./vendor-helpers"

// Medusa reads its configuration when the runner starts it, after this module ran: the suite's
// emails go to an outbox of its own, and links to a storefront address the assertions know.
const outbox = join(mkdtempSync(join(tmpdir(), "tiwizi-checkout-")), "outbox.jsonl")
process.env.NOTIFICATIONS_FILE = outbox
process.env.STOREFRONT_URL = "https://tiwizi.test"

// One-of-a-kind carpets (stock 1) of cooperatives on sale: one per test that sells one.
const unavailable = new Set([seededSuspension.handle, ...applicants.map((cooperative) => cooperative.handle)])
const carpets = products
  .filter((p) => p.category.startsWith("tapis") && p.oneOfAKind && p.variants.length === 1 && !unavailable.has(p.cooperative))
  .slice(0, 4)
const [frenchCarpet, arabicCarpet, contestedCarpet, spareCarpet] = carpets
const RACERS = 50

medusaIntegrationTestRunner({
  testSuite: ({ api: untyped, getContainer }) => {
    const api = untyped as Api
    let headers: { headers: Record<string, string> }
    let mad: string
    const variantOf = async (handle: string): Promise<string> =>
      (await api.get(`/store/products?handle=${handle}&fields=*variants`, headers)).data.products[0].variants[0].id
    const orderCount = async () => (await getContainer().resolve(Modules.ORDER).listOrders({}, { select: ["id"] })).length

    beforeAll(async () => {
      expect(carpets).toHaveLength(4)
      const { publishableKey } = await seedShop(getContainer(), carpets)
      headers = { headers: { "x-publishable-api-key": publishableKey } }
      const { data } = await api.get("/store/regions", headers)
      mad = data.regions.find((region: { currency_code: string }) => region.currency_code === "mad").id
    })

    describe("a guest's cash-on-delivery checkout in Morocco", () => {
      for (const [locale, carpet, homeDelivery, subject] of [
        ["fr", frenchCarpet, "Livraison à domicile", /^Votre commande n° \d+ est confirmée$/],
        ["ar", arabicCarpet, "التوصيل إلى المنزل", /^تم تأكيد طلبك رقم \d+$/],
      ] as const) {
        it(`places the order and emails its confirmation in the cart's language (${locale})`, async () => {
          const email = `guest-${locale}@example.ma`
          const cartId = await checkoutCart(api, headers, {
            regionId: mad,
            locale,
            email,
            items: [{ variant_id: await variantOf(carpet.handle), quantity: 1 }],
            shipping: homeDelivery,
          })
          const { data: priced } = await api.get(`/store/carts/${cartId}`, headers)
          expect(priced.cart.shipping_address.phone).toBe("+212661234567")
          const collection = await startPayment(api, headers, cartId)
          expect(collection.payment_sessions.map((s: { provider_id: string }) => s.provider_id)).toEqual(["pp_cod_cod"])

          const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, headers)
          expect(data.type).toBe("order")
          const order = data.order
          const price = carpet.variants[0].prices.mad
          expect(order.email).toBe(email)
          expect(order.currency_code).toBe("mad")
          expect(order.items.map((item: { variant_sku: string; quantity: number }) => [item.variant_sku, item.quantity])).toEqual([
            [carpet.variants[0].sku, 1],
          ])
          expect(order.item_total).toBe(price)
          expect(order.shipping_total).toBe(35)
          expect(order.total).toBe(price + 35)
          // Moroccan TVA (20 %) is included in dirham prices: a sixth of the total.
          expect(order.tax_total).toBeCloseTo((price + 35) / 6, 2)
          expect(order.shipping_methods.map((method: { name: string }) => method.name)).toEqual([homeDelivery])
          expect(order.shipping_address).toMatchObject({ ...moroccanAddress, phone: "+212661234567" })

          const sent = await waitForEmail(outbox, (entry) => entry.template === "order-confirmation" && entry.to === email)
          expect(sent, "order confirmation in the outbox").toBeDefined()
          expect(sent!.locale).toBe(locale)
          expect(sent!.subject).toMatch(subject)
          expect(sent!.subject).toContain(String(order.display_id))
          expect(sent!.text).toContain(order.items[0].product_title)
          expect(sent!.text).toContain("+212661234567")
          expect(sent!.text).toContain(homeDelivery)
          expect(sent!.text).toContain(`https://tiwizi.test/${locale}/order/confirmed/${order.id}`)
          expect(sent!.html).toContain(`<html lang="${locale}" dir="${locale === "ar" ? "rtl" : "ltr"}">`)
          expect(sent!.data).toMatchObject({ order_id: order.id, total: price + 35, shipping_total: 35, payment: "cash_on_delivery" })
        })
      }
    })

    it(`sells a one-of-a-kind carpet once when ${RACERS} carts complete at the same time`, async () => {
      const variantId = await variantOf(contestedCarpet.handle)
      const carts: string[] = []
      // Built ten at a time: the point is the completions' race, not the carts'.
      for (let batch = 0; batch < RACERS / 10; batch++) {
        carts.push(
          ...(await Promise.all(
            Array.from({ length: 10 }, async (_, index) => {
              const id = await checkoutCart(api, headers, {
                regionId: mad,
                email: `racer-${batch * 10 + index}@example.ma`,
                items: [{ variant_id: variantId, quantity: 1 }],
              })
              await startPayment(api, headers, id)
              return id
            }),
          )),
        )
      }
      const before = await orderCount()
      const answers = await Promise.all(carts.map((id) => attempt(api.post(`/store/carts/${id}/complete`, {}, headers))))

      const orders = answers.filter((answer) => answer.status === 200 && answer.data.type === "order")
      const refused = answers.filter((answer) => answer.status !== 200)
      expect(orders).toHaveLength(1)
      expect(refused).toHaveLength(RACERS - 1)
      for (const answer of refused) {
        expect(answer.status, JSON.stringify(answer.data)).toBe(400)
        expect(answer.data).toMatchObject({ type: "not_allowed", code: "insufficient_inventory" })
        expect(answer.data.message).toContain("has just been sold")
      }
      expect(await orderCount()).toBe(before + 1)

      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: variants } = await query.graph({
        entity: "variant",
        fields: ["inventory_items.inventory.location_levels.*"],
        filters: { id: variantId },
      })
      const levels = variants[0].inventory_items!.flatMap((item) => item!.inventory!.location_levels ?? [])
      expect(levels).toHaveLength(1)
      const { stocked_quantity, reserved_quantity, available_quantity } = levels[0]!
      expect([stocked_quantity, reserved_quantity, available_quantity].map(Number)).toEqual([1, 1, 0])
      const winner = carts[answers.indexOf(orders[0])]
      const { data: losers } = await query.graph({ entity: "cart", fields: ["id", "completed_at"], filters: { id: carts.filter((id) => id !== winner) } })
      expect(losers.every((cart) => !cart.completed_at)).toBe(true)
    }, 600_000)

    describe("bad input changes nothing", () => {
      const cartWithSpare = async () => {
        const items = [{ variant_id: await variantOf(spareCarpet.handle), quantity: 1 }]
        const { data } = await must(api.post("/store/carts", { region_id: mad, items }, headers), "create a cart")
        return data.cart.id as string
      }

      it("refuses an address it cannot deliver to, naming each field, and keeps the cart's address", async () => {
        const cartId = await cartWithSpare()
        await api.post(`/store/carts/${cartId}`, { shipping_address: moroccanAddress }, headers)
        for (const [change, field, code] of [
          [{ phone: "12345" }, "shipping_address.phone", "invalid_phone"],
          [{ address_1: "" }, "shipping_address.address_1", "required"],
          [{ city: "  " }, "shipping_address.city", "required"],
          [{ city: "Atlantis" }, "shipping_address.city", "unknown_city"],
        ] as const) {
          const answer = await attempt(api.post(`/store/carts/${cartId}`, { shipping_address: { ...moroccanAddress, ...change } }, headers))
          expect(answer.status).toBe(400)
          expect(answer.data.type).toBe("invalid_data")
          expect(answer.data.message).toContain(field)
          expect(answer.data.issues).toEqual([{ field, code }])
        }
        const badEmail = await attempt(api.post(`/store/carts/${cartId}`, { email: "fatima@" }, headers))
        expect(badEmail.status).toBe(400)
        expect(badEmail.data.issues).toEqual([{ field: "email", code: "invalid_email" }])
        const { data } = await api.get(`/store/carts/${cartId}`, headers)
        expect(data.cart.email).toBeFalsy()
        expect(data.cart.shipping_address).toMatchObject({ ...moroccanAddress, phone: "+212661234567" })
      })

      it("refuses more than the stock and a price set by the client", async () => {
        const variantId = await variantOf(spareCarpet.handle)
        const { data: created } = await api.post("/store/carts", { region_id: mad }, headers)
        const cartId = created.cart.id
        const tooMany = await attempt(api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity: 2 }, headers))
        expect(tooMany.status).toBe(400)
        const tampered = await attempt(api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity: 1, unit_price: 1 }, headers))
        expect(tampered.status).toBe(400)
        expect(tampered.data.message).toContain("unit_price")
        const tamperedCreate = await attempt(
          api.post("/store/carts", { region_id: mad, items: [{ variant_id: variantId, quantity: 1, unit_price: 1 }] }, headers),
        )
        expect(tamperedCreate.status).toBe(400)
        expect(tamperedCreate.data.message).toContain("unit_price")
        const { data } = await api.get(`/store/carts/${cartId}`, headers)
        expect(data.cart.items).toHaveLength(0)
      })

      it("completes no cart without an address, a shipping method or a payment", async () => {
        const before = await orderCount()
        const bare = await cartWithSpare()
        const noAddress = await attempt(api.post(`/store/carts/${bare}/complete`, {}, headers))
        expect(noAddress.status).toBe(400)
        // Medusa gives a cart of a one-country region an address holding only that country.
        expect(noAddress.data.issues).toEqual(
          expect.arrayContaining([
            { field: "email", code: "required" },
            { field: "shipping_address.address_1", code: "required" },
          ]),
        )

        const partial = await cartWithSpare()
        await api.post(`/store/carts/${partial}`, { email: "a@example.ma", shipping_address: { country_code: "ma", city: "Khénifra" } }, headers)
        const incomplete = await attempt(api.post(`/store/carts/${partial}/complete`, {}, headers))
        expect(incomplete.status).toBe(400)
        expect(incomplete.data.issues).toEqual(expect.arrayContaining([{ field: "shipping_address.phone", code: "required" }]))

        const unshipped = await cartWithSpare()
        await api.post(`/store/carts/${unshipped}`, { email: "a@example.ma", shipping_address: moroccanAddress }, headers)
        await startPayment(api, headers, unshipped)
        const noShipping = await attempt(api.post(`/store/carts/${unshipped}/complete`, {}, headers))
        expect(noShipping.status).toBe(400)
        expect(noShipping.data.message).toMatch(/shipping/i)

        const unpaid = await checkoutCart(api, headers, { regionId: mad, items: [{ variant_id: await variantOf(spareCarpet.handle), quantity: 1 }] })
        const noPayment = await attempt(api.post(`/store/carts/${unpaid}/complete`, {}, headers))
        expect(noPayment.status).toBe(400)
        expect(noPayment.data.message).toMatch(/payment/i)
        expect(await orderCount()).toBe(before)
      })
    })

    describe("customer accounts", () => {
      const email = "amina@example.ma"
      // The runner restores the database before each test: the account is made inside each one.
      const registerCustomer = async (): Promise<string> => {
        const { data } = await must(api.post("/auth/customer/emailpass/register", { email, password: "ancien-mot-de-passe" }), "register")
        const registered = { headers: { ...headers.headers, authorization: `Bearer ${data.token}` } }
        await must(api.post("/store/customers", { email, first_name: "Amina", last_name: "Tazi" }, registered), "create the customer")
        return (await must(api.post("/auth/customer/emailpass", { email, password: "ancien-mot-de-passe" }), "log in")).data.token
      }

      it("keeps only deliverable addresses in the address book, phones in international form", async () => {
        const auth = { headers: { ...headers.headers, authorization: `Bearer ${await registerCustomer()}` } }
        const invalid = await attempt(api.post("/store/customers/me/addresses", { ...moroccanAddress, phone: "0600" }, auth))
        expect(invalid.status).toBe(400)
        expect(invalid.data.issues).toEqual([{ field: "phone", code: "invalid_phone" }])
        const { data } = await must(api.post("/store/customers/me/addresses", moroccanAddress, auth), "add an address")
        const [address] = data.customer.addresses
        expect(address.phone).toBe("+212661234567")
        const unknownCity = await attempt(api.post(`/store/customers/me/addresses/${address.id}`, { city: "Atlantis" }, auth))
        expect(unknownCity.data.issues).toEqual([{ field: "city", code: "unknown_city" }])
        const { data: moved } = await must(
          api.post(`/store/customers/me/addresses/${address.id}`, { city: "Mrirt", phone: "0612345678" }, auth),
          "update the address",
        )
        expect(moved.customer.addresses[0]).toMatchObject({ city: "Mrirt", phone: "+212612345678" })
      })

      it("emails a working password reset link in the asked language", async () => {
        await registerCustomer()
        const asked = await api.post("/auth/customer/emailpass/reset-password", { identifier: email, metadata: { locale: "ar" } })
        expect(asked.status).toBe(201)
        const sent = await waitForEmail(outbox, (entry) => entry.template === "customer-password-reset" && entry.to === email)
        expect(sent, "reset email in the outbox").toBeDefined()
        expect(sent!.locale).toBe("ar")
        expect(sent!.html).toContain('dir="rtl"')
        const url = new URL(String(sent!.data.url))
        expect(`${url.origin}${url.pathname}`).toBe("https://tiwizi.test/ar/account/reset-password")
        expect(url.searchParams.get("email")).toBe(email)
        expect(sent!.text).toContain(String(sent!.data.url))

        const resetToken = url.searchParams.get("token")!
        const updated = await api.post(
          "/auth/customer/emailpass/update",
          { email, password: "nouveau-mot-de-passe" },
          { headers: { authorization: `Bearer ${resetToken}` } },
        )
        expect(updated.data.success).toBe(true)
        const old = await attempt(api.post("/auth/customer/emailpass", { email, password: "ancien-mot-de-passe" }))
        expect(old.status).toBe(401)
        const { data } = await api.post("/auth/customer/emailpass", { email, password: "nouveau-mot-de-passe" })
        expect(data.token).toBeTruthy()
        const reused = await attempt(
          api.post("/auth/customer/emailpass/update", { email, password: "troisieme" }, { headers: { authorization: `Bearer ${resetToken}` } }),
        )
        expect(reused.status).toBe(401)
        expect(readOutbox(outbox).filter((entry) => entry.template === "customer-password-reset")).toHaveLength(1)
      })
    })
  },
})
