import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { beforeAll, expect, it } from "vitest"
import { COOPERATIVE_MODULE } from "../../src/modules/cooperative"
import type CooperativeModuleService from "../../src/modules/cooperative/service"
import { COOPERATIVE_ORDER_MODULE } from "../../src/modules/cooperative-order"
import type CooperativeOrderModuleService from "../../src/modules/cooperative-order/service"
import { LEDGER_MODULE } from "../../src/modules/ledger"
import type LedgerModuleService from "../../src/modules/ledger/service"
import { smsNumber } from "../../src/notifications/send-sms"
import { demoAccounts } from "../../src/scripts/seed/accounts"
import { products } from "../../src/scripts/seed/catalogue"
import { applicants } from "../../src/scripts/seed/catalogue/cooperatives"
import { seededSuspension } from "../../src/scripts/seed/cooperative-decisions"
import { ownerEmail } from "../../src/scripts/seed/cooperative-owners"
import { seedShop } from "../../src/scripts/seed/index"
import { checkoutCart, must, readOutbox, startPayment, waitForEmail } from "./checkout-helpers"
import { attempt, bearer, login, type Api } from "./vendor-helpers"

// Medusa reads its configuration when the runner starts it, after this module ran: the suite's
// emails and text messages go to files of its own, and links to a storefront address it knows.
const folder = mkdtempSync(join(tmpdir(), "tiwizi-marketplace-notifications-"))
const outbox = join(folder, "outbox.jsonl")
const smsFile = join(folder, "sms.jsonl")
process.env.NOTIFICATIONS_FILE = outbox
process.env.NOTIFICATIONS_SMS_FILE = smsFile
process.env.STOREFRONT_URL = "https://tiwizi.test"

// Three cooperatives on sale with stock: A sells two lines, B and C one each.
const unavailable = new Set([seededSuspension.handle, ...applicants.map((cooperative) => cooperative.handle)])
const stocked = products.filter((p) => !unavailable.has(p.cooperative) && p.variants[0].stock >= 20)
const cooperativeHandles = [...new Set(stocked.map((p) => p.cooperative))].slice(0, 3)
const [ofA, ofB, ofC] = cooperativeHandles.map((handle) => stocked.filter((p) => p.cooperative === handle))
const sold = [ofA[0], ofA[1], ofB[0], ofC[0]]

type Cooperative = { id: string; handle: string; name: string; email: string; phone: string }

medusaIntegrationTestRunner({
  testSuite: ({ api: untyped, getContainer }) => {
    const api = untyped as Api
    let headers: { headers: Record<string, string> }
    let mad: string
    const variants: Record<string, string> = {}
    const cooperatives: Record<string, Cooperative> = {}
    const parts = () => getContainer().resolve<CooperativeOrderModuleService>(COOPERATIVE_ORDER_MODULE)
    const partOf = async (orderId: string, handle: string) =>
      (await parts().listCooperativeOrders({ order_id: orderId, cooperative_id: cooperatives[handle].id }, { relations: ["items"] }))[0]
    const cents = (amount: unknown) => Math.round(Number(amount) * 100)

    /** A cash-on-delivery order of the three cooperatives, placed by `email` in a cart of `locale`. */
    async function placeOrder(email: string, locale = "fr") {
      const items = sold.map((product, index) => ({ variant_id: variants[product.handle], quantity: index === 0 ? 2 : 1 }))
      const cartId = await checkoutCart(api, headers, { regionId: mad, items, email, locale })
      await startPayment(api, headers, cartId)
      const { data } = await must(api.post(`/store/carts/${cartId}/complete`, {}, headers), "complete the cart")
      expect(data.type, JSON.stringify(data.error)).toBe("order")
      return data.order as { id: string; display_id: number }
    }

    /** Cooperative `handle`'s owner accepts its part and hands it to Amana; returns the part and the owner's token. */
    async function ship(orderId: string, handle: string, trackingNumber: string) {
      const part = await partOf(orderId, handle)
      const token = await login(api, ownerEmail(handle), demoAccounts.password)
      await must(api.post(`/vendor/orders/${part.id}/accept`, {}, bearer(token)), "accept")
      await must(api.post(`/vendor/orders/${part.id}/ship`, { carrier: "Amana", tracking_number: trackingNumber }, bearer(token)), "ship")
      return { part, token }
    }

    async function deliver(part: { id: string; total: unknown; refunded_total: unknown }, token: string) {
      const due = (cents(part.total) - cents(part.refunded_total)) / 100
      await must(api.post(`/vendor/orders/${part.id}/deliver`, { cash_collected: due }, bearer(token)), "deliver")
    }

    beforeAll(async () => {
      expect(sold.every(Boolean)).toBe(true)
      const { publishableKey } = await seedShop(getContainer(), [...new Set(sold)])
      headers = { headers: { "x-publishable-api-key": publishableKey } }
      const { data } = await api.get("/store/regions?fields=id,currency_code", headers)
      mad = data.regions.find((region: { currency_code: string }) => region.currency_code === "mad").id
      const { data: listed } = await api.get(`/store/products?fields=id,handle,*variants&limit=10&handle[]=${sold.map((p) => p.handle).join("&handle[]=")}`, headers)
      for (const product of listed.products) {
        const sku = sold.find((candidate) => candidate.handle === product.handle)!.variants[0].sku
        variants[product.handle] = product.variants.find((variant: { sku: string }) => variant.sku === sku).id
      }
      const found = await getContainer()
        .resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
        .listCooperatives({ handle: cooperativeHandles }, { select: ["id", "handle", "name", "email", "phone"] })
      for (const cooperative of found) cooperatives[cooperative.handle] = cooperative
    })

    it("tells each cooperative of its new order by email and by SMS, with its number, items, amount due and portal link", async () => {
      const order = await placeOrder("new-order@example.ma")
      for (const handle of cooperativeHandles) {
        const cooperative = cooperatives[handle]
        const part = await partOf(order.id, handle)
        const number = `${order.display_id}-${part.id.slice(-4).toUpperCase()}`
        const link = `https://tiwizi.test/fr/cooperative/orders/${part.id}`
        const count = part.items.reduce((sum, item) => sum + item.quantity, 0)
        const due = new Intl.NumberFormat("fr-MA", { style: "currency", currency: "MAD" }).format(Number(part.total))

        const email = await waitForEmail(outbox, (entry) => entry.template === "cooperative-new-order" && entry.data.part_id === part.id)
        expect(email, `new-order email of ${handle}`).toBeDefined()
        expect(email!.to).toBe(cooperative.email)
        expect(email!.locale).toBe("fr")
        expect(email!.subject).toBe(`Nouvelle commande n° ${number}`)
        expect(email!.text).toContain(`Vous avez une nouvelle commande : ${count} article${count > 1 ? "s" : ""}.`)
        expect(email!.text).toContain(`À encaisser à la livraison : ${due}`)
        expect(email!.text).toContain(link)
        for (const item of part.items) expect(email!.text).toContain(item.title)
        expect(email!.html).toContain('<html lang="fr" dir="ltr">')

        const sms = await waitForEmail(smsFile, (entry) => entry.template === "cooperative-new-order" && entry.data.part_id === part.id)
        expect(sms, `new-order SMS of ${handle}`).toBeDefined()
        expect(sms!.to).toBe(smsNumber(cooperative.phone))
        expect(sms!.text).toBe(`Tiwizi : nouvelle commande n° ${number}, ${count} article${count > 1 ? "s" : ""}, ${due} à encaisser. ${link}`)
      }
      // One message each: three parts, three emails and three texts for this order.
      const ofOrder = (file: string) => readOutbox(file).filter((entry) => String(entry.data.number).startsWith(`${order.display_id}-`))
      expect(ofOrder(outbox).filter((entry) => entry.template === "cooperative-new-order")).toHaveLength(3)
      expect(ofOrder(smsFile)).toHaveLength(3)
      // The customer still gets the order's own confirmation.
      expect(await waitForEmail(outbox, (entry) => entry.template === "order-confirmation" && entry.to === "new-order@example.ma")).toBeDefined()
    })

    it("writes to a cooperative in the language its owner last used the portal in", async () => {
      const [arabic, french] = cooperativeHandles
      const token = await login(api, ownerEmail(arabic), demoAccounts.password)
      const refused = await attempt(api.post("/vendor/me/locale", { locale: "es" }, bearer(token)))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toContain("Expected: 'fr, ar, en' for field 'locale'")
      const { data } = await must(api.post("/vendor/me/locale", { locale: "ar" }, bearer(token)), "set the member's language")
      expect(data.member.locale).toBe("ar")

      const order = await placeOrder("owner-language@example.ma")
      const partAr = await partOf(order.id, arabic)
      const email = await waitForEmail(outbox, (entry) => entry.template === "cooperative-new-order" && entry.data.part_id === partAr.id)
      expect(email!.locale).toBe("ar")
      expect(email!.subject).toMatch(/^طلب جديد رقم /)
      expect(email!.html).toContain('<html lang="ar" dir="rtl">')
      expect(email!.text).toContain(`https://tiwizi.test/ar/cooperative/orders/${partAr.id}`)
      const sms = await waitForEmail(smsFile, (entry) => entry.template === "cooperative-new-order" && entry.data.part_id === partAr.id)
      expect(sms!.locale).toBe("ar")
      const partFr = await partOf(order.id, french)
      const other = await waitForEmail(outbox, (entry) => entry.template === "cooperative-new-order" && entry.data.part_id === partFr.id)
      expect(other!.locale).toBe("fr")
    })

    for (const [locale, shipped, delivered] of [
      ["fr", (n: number, name: string) => `Commande n° ${n} : le colis de ${name} est en route`, (n: number, name: string) => `Commande n° ${n} : le colis de ${name} est livré`],
      ["ar", (n: number, name: string) => `الطلب رقم ${n}: طرد ${name} في الطريق`, (n: number, name: string) => `الطلب رقم ${n}: تم تسليم طرد ${name}`],
    ] as const) {
      it(`emails the customer, in the cart's language (${locale}), when one cooperative's parcel ships and when it is delivered`, async () => {
        const customer = `parcels-${locale}@example.ma`
        const order = await placeOrder(customer, locale)
        const handle = cooperativeHandles[1]
        const { data: named } = await getContainer()
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({ entity: "cooperative", fields: ["id", "name"], filters: { id: cooperatives[handle].id } }, { locale })
        const name = named[0].name
        if (locale === "ar") expect(name).not.toBe(cooperatives[handle].name)
        const tracking = `RR${locale.toUpperCase()}123456MA`
        const { part, token } = await ship(order.id, handle, tracking)

        const email = await waitForEmail(outbox, (entry) => entry.template === "part-shipped" && entry.to === customer)
        expect(email, "shipped email").toBeDefined()
        expect(email!.locale).toBe(locale)
        expect(email!.subject).toBe(shipped(order.display_id, name))
        expect(email!.text).toContain(tracking)
        expect(email!.text).toContain("Amana")
        expect(email!.text).toContain(part.items[0].title)
        expect(email!.text).toContain(`https://tiwizi.test/${locale}/order/confirmed/${order.id}`)
        expect(email!.html).toContain(`<html lang="${locale}" dir="${locale === "ar" ? "rtl" : "ltr"}">`)
        // The other cooperatives' parcels have not left: one email, for this parcel only.
        expect(readOutbox(outbox).filter((entry) => entry.template === "part-shipped" && entry.to === customer)).toHaveLength(1)

        await deliver(part, token)
        const done = await waitForEmail(outbox, (entry) => entry.template === "part-delivered" && entry.to === customer)
        expect(done, "delivered email").toBeDefined()
        expect(done!.subject).toBe(delivered(order.display_id, name))
        expect(done!.html).toContain(`dir="${locale === "ar" ? "rtl" : "ltr"}"`)
        expect(done!.data).toMatchObject({ part_id: part.id, order_id: order.id })

        // Cooperatives keep reading French, whatever the customer's language.
        const newOrder = await waitForEmail(outbox, (entry) => entry.template === "cooperative-new-order" && entry.data.part_id === part.id)
        expect(newOrder!.locale).toBe("fr")
      })
    }

    it("tells the cooperative of a payout by email and SMS, with the amount, the date and the bank reference", async () => {
      const order = await placeOrder("payout@example.ma")
      const handle = cooperativeHandles[2]
      const { part, token } = await ship(order.id, handle, "RRPAYOUT01MA")
      await deliver(part, token)
      const ledger = getContainer().resolve<LedgerModuleService>(LEDGER_MODULE)
      expect(await ledger.balance(cooperatives[handle].id, "mad")).toBeGreaterThan(100)
      const paidAt = new Date(Date.now() - 24 * 3600 * 1000)
      const date = new Intl.DateTimeFormat("fr-MA", { dateStyle: "long", timeZone: "Africa/Casablanca" }).format(paidAt)
      const entry = await ledger.recordPayout({
        cooperative_id: cooperatives[handle].id,
        currency_code: "mad",
        amount: 100,
        paid_at: paidAt,
        bank_reference: "VIR-TIWIZI-0042",
        recorded_by: "user_staff",
      })
      // The staff payout route emits it for real; here the event is emitted as that route does.
      await getContainer()
        .resolve(Modules.EVENT_BUS)
        .emit({ name: "ledger.payout_recorded", data: { id: entry.id, cooperative_id: entry.cooperative_id, currency_code: "mad", amount: 100 } })

      const email = await waitForEmail(outbox, (line) => line.template === "payout-recorded" && line.data.entry_id === entry.id)
      expect(email, "payout email").toBeDefined()
      expect(email!.to).toBe(cooperatives[handle].email)
      expect(email!.subject).toBe("Virement de 100,00\u00a0MAD envoyé")
      expect(email!.text).toContain("Référence bancaire : VIR-TIWIZI-0042")
      expect(email!.text).toContain(`Tiwizi a viré 100,00\u00a0MAD à votre coopérative le ${date}.`)
      expect(email!.text).toMatch(/https:\/\/tiwizi\.test\/fr\/cooperative\/statement\?month=\d{4}-\d{2}/)
      const sms = await waitForEmail(smsFile, (line) => line.template === "payout-recorded" && line.data.entry_id === entry.id)
      expect(sms, "payout SMS").toBeDefined()
      expect(sms!.to).toBe(smsNumber(cooperatives[handle].phone))
      expect(sms!.text).toBe(`Tiwizi : virement de 100,00\u00a0MAD envoyé le ${date}. Réf. VIR-TIWIZI-0042`)
    })
  },
})
