import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { beforeAll, expect, it } from "vitest"
import { seedShop } from "../../src/scripts/seed/index"
import { products } from "../../src/scripts/seed/catalogue"

// A small slice of the real catalogue keeps the suite quick: one one-of-a-kind carpet and one
// terroir product with several variants.
const carpet = products.find((p) => p.category.startsWith("tapis") && p.oneOfAKind && p.variants.length === 1)!
const honey = products.find((p) => p.category === "miel" && p.variants.length > 1)!

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string>
    let regionIds: Record<string, string>

    beforeAll(async () => {
      const { publishableKey } = await seedShop(getContainer(), [carpet, honey])
      headers = { "x-publishable-api-key": publishableKey }
      const { data } = await api.get("/store/regions", { headers })
      regionIds = Object.fromEntries(data.regions.map((r: { currency_code: string; id: string }) => [r.currency_code, r.id]))
    })

    it("answers its health check", async () => {
      const response = await api.get("/health")
      expect(response.status).toBe(200)
      expect(response.data).toBe("OK")
    })

    it("sells in three regions with their currencies and payment providers", async () => {
      const { data } = await api.get("/store/regions?fields=name,currency_code,*countries", { headers })
      const byCurrency = Object.fromEntries(data.regions.map((r: { currency_code: string }) => [r.currency_code, r]))
      expect(Object.keys(byCurrency).sort()).toEqual(["eur", "mad", "usd"])
      expect(byCurrency.mad.countries.map((c: { iso_2: string }) => c.iso_2)).toEqual(["ma"])
      expect(byCurrency.eur.countries.map((c: { iso_2: string }) => c.iso_2)).toContain("fr")
      const providers = await api.get(`/store/payment-providers?region_id=${regionIds.mad}`, { headers })
      expect(providers.data.payment_providers.map((p: { id: string }) => p.id)).toContain("pp_cod_cod")
    })

    it("lists products in the asked locale with prices in the region's currency", async () => {
      const query = `handle=${carpet.handle}&region_id=${regionIds.mad}&fields=title,description,*variants.calculated_price`
      const fr = await api.get(`/store/products?${query}`, { headers })
      const ar = await api.get(`/store/products?${query}&locale=ar`, { headers })
      const en = await api.get(`/store/products?${query}`, { headers: { ...headers, "x-medusa-locale": "en" } })
      expect(fr.data.products[0].title).toBe(carpet.title.fr)
      expect(ar.data.products[0].title).toBe(carpet.title.ar)
      expect(ar.data.products[0].description).toBe(carpet.description.ar)
      expect(en.data.products[0].title).toBe(carpet.title.en)
      const price = fr.data.products[0].variants[0].calculated_price
      expect(price.currency_code).toBe("mad")
      expect(price.calculated_amount).toBe(carpet.variants[0].prices.mad)
      const eur = await api.get(`/store/products?handle=${carpet.handle}&region_id=${regionIds.eur}&fields=*variants.calculated_price`, { headers })
      expect(eur.data.products[0].variants[0].calculated_price.calculated_amount).toBe(carpet.variants[0].prices.eur)
    })

    it("adds to a cart, bounded by stock", async () => {
      const { data } = await api.get(`/store/products?handle=${honey.handle}&fields=*variants`, { headers })
      const variant = data.products[0].variants.find((v: { sku: string }) => v.sku === honey.variants[0].sku)
      const { data: created } = await api.post("/store/carts", { region_id: regionIds.mad }, { headers })
      const { data: added } = await api.post(`/store/carts/${created.cart.id}/line-items`, { variant_id: variant.id, quantity: 2 }, { headers })
      expect(added.cart.items).toHaveLength(1)
      expect(added.cart.items[0].quantity).toBe(2)
      expect(added.cart.item_total).toBe(2 * honey.variants[0].prices.mad)

      const carpetVariant = (await api.get(`/store/products?handle=${carpet.handle}&fields=*variants`, { headers })).data.products[0].variants[0]
      const tooMany = await api
        .post(`/store/carts/${created.cart.id}/line-items`, { variant_id: carpetVariant.id, quantity: 2 }, { headers })
        .catch((error: { response: { status: number } }) => error.response)
      expect(tooMany.status).toBe(400)
      const { data: after } = await api.get(`/store/carts/${created.cart.id}`, { headers })
      expect(after.cart.items).toHaveLength(1)
    })

    it("offers flat Moroccan delivery and prices international express by weight", async () => {
      const variantId = (await api.get(`/store/products?handle=${carpet.handle}&fields=*variants`, { headers })).data.products[0].variants[0].id
      const morocco = (await api.post("/store/carts", { region_id: regionIds.mad, items: [{ variant_id: variantId, quantity: 1 }] }, { headers })).data.cart
      await api.post(`/store/carts/${morocco.id}`, { shipping_address: { country_code: "ma", city: "Khénifra" } }, { headers })
      const local = await api.get(`/store/shipping-options?cart_id=${morocco.id}`, { headers })
      const flat = Object.fromEntries(local.data.shipping_options.map((o: { name: string; amount: number }) => [o.name, o.amount]))
      expect(flat).toEqual({ "Livraison à domicile": 35, "Retrait en point relais": 20 })

      const europe = (await api.post("/store/carts", { region_id: regionIds.eur, items: [{ variant_id: variantId, quantity: 1 }] }, { headers })).data.cart
      await api.post(`/store/carts/${europe.id}`, { shipping_address: { country_code: "fr", city: "Paris" } }, { headers })
      const abroad = await api.get(`/store/shipping-options?cart_id=${europe.id}`, { headers })
      expect(abroad.data.shipping_options).toHaveLength(1)
      const express = abroad.data.shipping_options[0]
      expect(express.price_type).toBe("calculated")
      const { data: priced } = await api.post(`/store/shipping-options/${express.id}/calculate`, { cart_id: europe.id }, { headers })
      const halfKilos = Math.ceil(carpet.variants[0].weightGrams / 500)
      expect(priced.shipping_option.amount).toBeCloseTo(19 + 3.75 * halfKilos, 2)
    })

    it("refuses bad cart input with a 4xx and changes nothing", async () => {
      const { data: created } = await api.post("/store/carts", { region_id: regionIds.mad }, { headers })
      const unknown = await api
        .post(`/store/carts/${created.cart.id}/line-items`, { variant_id: "variant_missing", quantity: 1 }, { headers })
        .catch((error: { response: { status: number } }) => error.response)
      expect(unknown.status).toBeGreaterThanOrEqual(400)
      expect(unknown.status).toBeLessThan(500)
      const { data } = await api.get(`/store/carts/${created.cart.id}`, { headers })
      expect(data.cart.items).toHaveLength(0)
    })

    it("seeds idempotently: a second run adds nothing", async () => {
      const productModule = getContainer().resolve(Modules.PRODUCT)
      const before = await productModule.listProducts({}, { select: ["id"] })
      const { created } = await seedShop(getContainer(), [carpet, honey])
      const after = await productModule.listProducts({}, { select: ["id"] })
      expect(created).toBe(0)
      expect(after).toHaveLength(before.length)
    })
  },
})
