import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { beforeAll, describe, expect, it } from "vitest"
import { COOPERATIVE_MODULE } from "../../src/modules/cooperative"
import type CooperativeModuleService from "../../src/modules/cooperative/service"
import { COOPERATIVE_ORDER_MODULE } from "../../src/modules/cooperative-order"
import type CooperativeOrderModuleService from "../../src/modules/cooperative-order/service"
import { LEDGER_MODULE } from "../../src/modules/ledger"
import type LedgerModuleService from "../../src/modules/ledger/service"
import { demoAccounts } from "../../src/scripts/seed/accounts"
import { products } from "../../src/scripts/seed/catalogue"
import { applicants } from "../../src/scripts/seed/catalogue/cooperatives"
import { seededSuspension } from "../../src/scripts/seed/cooperative-decisions"
import { ownerEmail } from "../../src/scripts/seed/cooperative-owners"
import { seedShop } from "../../src/scripts/seed/index"
import { useStripeStandIn } from "../stripe-stand-in"
import { staffLogin } from "./admin-helpers"
import { checkoutCart, must, startPayment } from "./checkout-helpers"
import { attempt, bearer, login, type Api } from "./vendor-helpers"

// Products with stock of three cooperatives on sale, and a second product of the first one:
// cooperative A sells two lines, B and C one each.
const unavailable = new Set([seededSuspension.handle, ...applicants.map((cooperative) => cooperative.handle)])
const stocked = products.filter((p) => !unavailable.has(p.cooperative) && p.variants[0].stock >= 20)
const cooperativeHandles = [...new Set(stocked.map((p) => p.cooperative))].slice(0, 3)
const [ofA, ofB, ofC] = cooperativeHandles.map((handle) => stocked.filter((p) => p.cooperative === handle))
const sold = [ofA[0], ofA[1], ofB[0], ofC[0]]

const addresses = {
  mad: undefined,
  eur: { first_name: "Claire", last_name: "Martin", address_1: "12 rue de la République", city: "Lyon", postal_code: "69002", country_code: "fr", phone: "+33612345678" },
  usd: { first_name: "Sarah", last_name: "Cohen", address_1: "350 Fifth Avenue", city: "New York", postal_code: "10118", province: "NY", country_code: "us", phone: "+12127363100" },
} as const
type Currency = keyof typeof addresses

const cents = (amount: number | string) => Math.round(Number(amount) * 100)

// Cards need Stripe: its local stand-in.
const stripe = useStripeStandIn()

medusaIntegrationTestRunner({
  testSuite: ({ api: untyped, getContainer }) => {
    const api = untyped as Api
    let headers: { headers: Record<string, string> }
    const regions: Record<string, string> = {}
    const cooperativeIds: Record<string, string> = {}
    const variants: Record<string, string> = {}
    const parts = () => getContainer().resolve<CooperativeOrderModuleService>(COOPERATIVE_ORDER_MODULE)
    const ledger = () => getContainer().resolve<LedgerModuleService>(LEDGER_MODULE)
    const partsOf = (orderId: string) => parts().listCooperativeOrders({ order_id: orderId }, { relations: ["items"] })

    /** A cart holding every sold product (two of A's first), paid in `currency`; a customer's when `as` holds their headers. */
    async function placeOrder(currency: Currency, as = headers) {
      const items = sold.map((product, index) => ({ variant_id: variants[product.handle], quantity: index === 0 ? 2 : 1 }))
      const cartId = await checkoutCart(api, as, { regionId: regions[currency], items, address: addresses[currency] })
      const collection = await startPayment(api, as, cartId, currency === "mad" ? "pp_cod_cod" : "pp_stripe_stripe")
      if (currency !== "mad") {
        const intentId = collection.payment_sessions[0].data.id
        stripe().confirmCard(intentId)
        stripe().completeThreeDSecure(intentId)
      }
      return cartId
    }

    async function complete(cartId: string, as = headers) {
      const { data } = await must(api.post(`/store/carts/${cartId}/complete`, {}, as), "complete the cart")
      expect(data.type, JSON.stringify(data.error)).toBe("order")
      return data.order
    }

    beforeAll(async () => {
      expect(sold.every(Boolean)).toBe(true)
      const { publishableKey } = await seedShop(getContainer(), [...new Set(sold)])
      headers = { headers: { "x-publishable-api-key": publishableKey } }
      const { data } = await api.get("/store/regions?fields=id,currency_code", headers)
      for (const region of data.regions) regions[region.currency_code] = region.id
      const { data: listed } = await api.get(`/store/products?fields=id,handle,*variants&limit=10&handle[]=${sold.map((p) => p.handle).join("&handle[]=")}`, headers)
      for (const product of listed.products) {
        const sku = sold.find((candidate) => candidate.handle === product.handle)!.variants[0].sku
        variants[product.handle] = product.variants.find((variant: { sku: string }) => variant.sku === sku).id
      }
      const cooperatives = await getContainer().resolve<CooperativeModuleService>(COOPERATIVE_MODULE).listCooperatives({ handle: cooperativeHandles }, { select: ["id", "handle"] })
      for (const cooperative of cooperatives) cooperativeIds[cooperative.handle] = cooperative.id
    })

    describe("one checkout, a part per cooperative", () => {
      for (const currency of ["mad", "eur", "usd"] as const) {
        it(`splits a ${currency.toUpperCase()} order of three cooperatives into three parts adding up to it to the cent`, async () => {
          const order = await complete(await placeOrder(currency))
          expect(order.currency_code).toBe(currency)
          expect(order.shipping_total).toBeGreaterThan(0)
          if (currency === "mad") expect(order.tax_total).toBeGreaterThan(0)

          const split = await partsOf(order.id)
          expect(split.map((part) => part.cooperative_id).sort()).toEqual(cooperativeHandles.map((handle) => cooperativeIds[handle]).sort())
          const sum = (key: "total" | "tax_total" | "shipping_total" | "item_total") => split.reduce((total, part) => total + cents(part[key]), 0)
          expect(sum("total")).toBe(cents(order.total))
          expect(sum("tax_total")).toBe(cents(order.tax_total))
          expect(sum("shipping_total")).toBe(cents(order.shipping_total))
          expect(sum("item_total")).toBe(cents(order.item_total))

          const partA = split.find((part) => part.cooperative_id === cooperativeIds[cooperativeHandles[0]])!
          const price = (handle: string) => ofA.find((p) => p.handle === handle)!.variants[0].prices[currency]
          expect(partA.items.map((item) => [item.quantity, Number(item.total)]).sort()).toEqual(
            [[2, 2 * price(ofA[0].handle)], [1, price(ofA[1].handle)]].sort(),
          )
          expect(cents(partA.item_total)).toBe(cents(2 * price(ofA[0].handle) + price(ofA[1].handle)))
          expect(partA.cash_on_delivery).toBe(currency === "mad")
          for (const part of split) {
            expect(part.status).toBe("new")
            expect(cents(part.total)).toBe(cents(part.item_total) + cents(part.shipping_total))
            // The default commission, 10 % of each line's total, kept per line.
            for (const item of part.items) {
              expect(item.commission_rate_bps).toBe(1000)
              expect(cents(item.commission_amount)).toBe(Math.round(cents(item.total) / 10))
            }
          }
        })
      }

      it("takes the most specific commission rate, and keeps it on the order when rates change later", async () => {
        const [a, b] = cooperativeHandles.map((handle) => cooperativeIds[handle])
        const service = parts()
        const { data: categorised } = await getContainer().resolve("query").graph({
          entity: "product",
          fields: ["handle", "categories.id"],
          filters: { handle: ofB[0].handle },
        })
        const categoryOfB = categorised[0].categories![0]!.id
        const rates = await service.createCommissionRates([
          { cooperative_id: a, category_id: null, rate_bps: 800 },
          { cooperative_id: null, category_id: categoryOfB, rate_bps: 1200 },
          { cooperative_id: b, category_id: categoryOfB, rate_bps: 500 },
        ])
        try {
          const order = await complete(await placeOrder("mad"))
          const rateOf = async () =>
            Object.fromEntries((await partsOf(order.id)).map((part) => [part.cooperative_id, part.items.map((item) => item.commission_rate_bps)]))
          expect(await rateOf()).toEqual({ [a]: [800, 800], [b]: [500], [cooperativeIds[cooperativeHandles[2]]]: [1000] })
          await service.updateCommissionRates({ id: rates[0].id, rate_bps: 1500 })
          expect((await rateOf())[a]).toEqual([800, 800])
        } finally {
          await service.deleteCommissionRates(rates.map((rate) => rate.id))
        }
      })

      it("splits once when the same cart is completed twice at the same time", async () => {
        const cartId = await placeOrder("mad")
        const answers = await Promise.all([0, 1].map(() => attempt(api.post(`/store/carts/${cartId}/complete`, {}, headers))))
        const orderIds = answers.filter((answer) => answer.status === 200 && answer.data.type === "order").map((answer) => answer.data.order.id)
        expect(orderIds.length).toBeGreaterThanOrEqual(1)
        expect(new Set(orderIds).size).toBe(1)
        const { data: links } = await getContainer().resolve("query").graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
        expect(links.map((link: { order_id: string }) => link.order_id)).toEqual([orderIds[0]])
        expect(await partsOf(orderIds[0])).toHaveLength(3)
      })
    })

    // The runner restores the database as the suite's own beforeAll left it before every test:
    // each test places its order and logs its cooperatives in itself.
    describe("each cooperative fulfils its own part", () => {
      let order: { id: string; total: number }
      const token: Record<string, string> = {}
      const partOf = async (handle: string) => (await partsOf(order.id)).find((part) => part.cooperative_id === cooperativeIds[handle])!

      async function orderFromThree(currency: Currency = "mad") {
        order = await complete(await placeOrder(currency))
        for (const handle of cooperativeHandles) token[handle] = await login(api, ownerEmail(handle), demoAccounts.password)
        return order
      }

      it("shows a cooperative only its own part, through every /vendor order route", async () => {
        await orderFromThree()
        const [a, b] = cooperativeHandles
        const ofBPart = await partOf(b)
        const { data } = await must(api.get("/vendor/orders?limit=100", bearer(token[a])), "list A's orders")
        expect(data.orders.length, JSON.stringify(data)).toBeGreaterThan(0)
        expect(data.orders.every((part: { cooperative_id: string }) => part.cooperative_id === cooperativeIds[a])).toBe(true)
        const mine = data.orders.find((part: { order_id: string }) => part.order_id === order.id)
        expect(mine.items).toHaveLength(2)
        expect(mine.shipping_address).toMatchObject({ city: "Khénifra", phone: "+212661234567" })
        expect(mine).not.toHaveProperty("email")

        const item = ofBPart.items[0].id
        const foreign = await Promise.all([
          attempt(api.get(`/vendor/orders/${ofBPart.id}`, bearer(token[a]))),
          attempt(api.post(`/vendor/orders/${ofBPart.id}/accept`, {}, bearer(token[a]))),
          attempt(api.post(`/vendor/orders/${ofBPart.id}/ship`, { carrier: "Amana", tracking_number: "RR1" }, bearer(token[a]))),
          attempt(api.post(`/vendor/orders/${ofBPart.id}/deliver`, { cash_collected: 1 }, bearer(token[a]))),
          attempt(api.post(`/vendor/orders/${ofBPart.id}/items/${item}/cancel`, { reason: "rupture" }, bearer(token[a]))),
        ])
        expect(foreign.map((answer) => answer.status)).toEqual([404, 404, 404, 404, 404])
        expect(JSON.stringify(foreign.map((answer) => answer.data))).not.toContain(ofB[0].title.fr)
        const after = await partOf(b)
        expect([after.status, after.items[0].cancelled_at, after.carrier]).toEqual(["new", null, null])
        const all = await attempt(api.get("/vendor/orders", {}))
        expect(all.status).toBe(401)
      })

      it("refunds exactly the cancelled item and adjusts that cooperative's part and ledger only", async () => {
        await orderFromThree()
        const [a, b, c] = cooperativeHandles
        const before = await partOf(a)
        const others = { [b]: await partOf(b), [c]: await partOf(c) }
        const line = before.items.find((item) => item.quantity === 1)!
        const kept = before.items.find((item) => item.id !== line.id)!
        const inventory = getContainer().resolve(Modules.INVENTORY)
        const reservedBefore = await inventory.listReservationItems({ line_item_id: line.line_item_id })
        expect(reservedBefore).toHaveLength(1)

        const refused = await attempt(api.post(`/vendor/orders/${before.id}/items/${line.id}/cancel`, { reason: " " }, bearer(token[a])))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toContain("reason")
        const { data } = await must(
          api.post(`/vendor/orders/${before.id}/items/${line.id}/cancel`, { reason: "La pièce a été abîmée au lavage" }, bearer(token[a])),
          "cancel A's item",
        )
        expect(data.refund_amount).toBe(Number(line.total))
        expect(data.order.amount_due).toBe((cents(before.total) - cents(line.total)) / 100)
        const after = await partOf(a)
        expect(cents(after.refunded_total)).toBe(cents(line.total))
        expect(cents(after.commission_total)).toBe(cents(kept.commission_amount))
        expect(after.items.find((item) => item.id === line.id)).toMatchObject({ cancel_reason: "La pièce a été abîmée au lavage" })
        expect(await inventory.listReservationItems({ line_item_id: line.line_item_id })).toEqual([])
        const twice = await attempt(api.post(`/vendor/orders/${before.id}/items/${line.id}/cancel`, { reason: "encore" }, bearer(token[a])))
        expect(twice.status).toBe(400)
        for (const handle of [b, c]) {
          const now = await partOf(handle)
          expect([cents(now.total), cents(now.refunded_total), cents(now.commission_total)]).toEqual([
            cents(others[handle].total), 0, cents(others[handle].commission_total),
          ])
        }

        // Each cooperative accepts, ships and delivers; the carrier collects what is due.
        for (const handle of cooperativeHandles) {
          const part = await partOf(handle)
          const auth = bearer(token[handle])
          const shipEarly = await attempt(api.post(`/vendor/orders/${part.id}/ship`, { carrier: "Amana", tracking_number: "RR123456789MA" }, auth))
          expect(shipEarly.status).toBe(400)
          await must(api.post(`/vendor/orders/${part.id}/accept`, {}, auth), "accept")
          await must(api.post(`/vendor/orders/${part.id}/ship`, { carrier: "Amana", tracking_number: `RR${handle.length}000MA` }, auth), "ship")
          const noCash = await attempt(api.post(`/vendor/orders/${part.id}/deliver`, {}, auth))
          expect(noCash.status).toBe(400)
          expect(noCash.data.message).toContain("cash_collected")
          const due = (cents(part.total) - cents(part.refunded_total)) / 100
          const { data: delivered } = await must(api.post(`/vendor/orders/${part.id}/deliver`, { cash_collected: due }, auth), "deliver")
          expect(delivered.order).toMatchObject({ status: "delivered", carrier: "Amana", cash_collected: due })
        }
        // The cash each carrier collected is captured on the order's one payment.
        const { data: paid } = await getContainer().resolve("query").graph({
          entity: "order",
          fields: ["payment_collections.payments.captures.amount"],
          filters: { id: order.id },
        })
        const captures = paid[0].payment_collections!.flatMap((collection) => collection!.payments!.flatMap((payment) => payment!.captures ?? []))
        expect(captures).toHaveLength(3)
        expect(captures.reduce((sum, capture) => sum + cents(Number(capture!.amount)), 0)).toBe(cents(order.total) - cents(line.total))
        const entriesOf = async (handle: string) =>
          (await ledger().listLedgerEntries({ cooperative_order_id: (await partOf(handle)).id }, { order: { kind: "ASC" } })).map((entry) => [
            entry.kind,
            cents(entry.amount),
          ])
        expect(await entriesOf(a)).toEqual([
          ["commission", -cents(kept.commission_amount)],
          ["sale", cents(before.total) - cents(line.total)],
        ])
        for (const handle of [b, c]) {
          expect(await entriesOf(handle)).toEqual([
            ["commission", -cents(others[handle].commission_total)],
            ["sale", cents(others[handle].total)],
          ])
        }
      })

      it("refunds a cancelled item through the card payment once the money was taken", async () => {
        const cardOrder = await orderFromThree("eur")
        const staff = await staffLogin(api, getContainer())
        const { data } = await must(api.get(`/admin/orders/${cardOrder.id}?fields=*payment_collections.payments`, bearer(staff.token)), "read the order")
        const payment = data.order.payment_collections[0].payments[0]
        await must(api.post(`/admin/payments/${payment.id}/capture`, {}, bearer(staff.token)), "capture")
        const part = (await partsOf(cardOrder.id)).find((candidate) => candidate.cooperative_id === cooperativeIds[cooperativeHandles[1]])!
        const owner = bearer(token[cooperativeHandles[1]])
        const { data: cancelled } = await must(
          api.post(`/vendor/orders/${part.id}/items/${part.items[0].id}/cancel`, { reason: "Plus en stock" }, owner),
          "cancel B's only item",
        )
        // B's only line: nothing is sent, so its shipping share is refunded too.
        expect(cancelled.refund_amount).toBe(Number(part.total))
        expect(cancelled.order.status).toBe("cancelled")
        expect(stripe().refunds).toEqual([expect.objectContaining({ payment_intent: payment.data.id, amount: cents(part.total) })])
      })

      it("shows the customer one parcel per cooperative, with its status and tracking, and nobody else", async () => {
        const customerLogin = async (email: string) =>
          ({ headers: { ...headers.headers, authorization: `Bearer ${(await must(api.post("/auth/customer/emailpass", { email, password: demoAccounts.password }), "log in")).data.token}` } })
        const customer = await customerLogin(demoAccounts.customer)
        order = await complete(await placeOrder("mad", customer), customer)
        for (const handle of cooperativeHandles) token[handle] = await login(api, ownerEmail(handle), demoAccounts.password)
        const partB = await partOf(cooperativeHandles[1])
        await must(api.post(`/vendor/orders/${partB.id}/accept`, {}, bearer(token[cooperativeHandles[1]])), "accept")
        await must(api.post(`/vendor/orders/${partB.id}/ship`, { carrier: "Amana", tracking_number: "RR987654321MA" }, bearer(token[cooperativeHandles[1]])), "ship")

        const { data } = await must(api.get(`/store/customers/me/orders/${order.id}/parcels`, customer), "read the parcels")
        expect(data.parcels).toHaveLength(3)
        const byCooperative = Object.fromEntries(data.parcels.map((parcel: { cooperative: { handle: string } }) => [parcel.cooperative.handle, parcel]))
        expect(Object.keys(byCooperative).sort()).toEqual([...cooperativeHandles].sort())
        expect(byCooperative[cooperativeHandles[1]]).toMatchObject({ status: "shipped", carrier: "Amana", tracking_number: "RR987654321MA" })
        expect(byCooperative[cooperativeHandles[0]]).toMatchObject({ status: "new", tracking_number: null })
        expect(byCooperative[cooperativeHandles[0]].items).toHaveLength(2)
        expect(JSON.stringify(data)).not.toContain("commission")

        const anonymous = await attempt(api.get(`/store/customers/me/orders/${order.id}/parcels`, headers))
        expect(anonymous.status).toBe(401)
        const other = `autre-${Date.now()}@example.ma`
        const { data: registered } = await must(api.post("/auth/customer/emailpass/register", { email: other, password: demoAccounts.password }), "register")
        await must(api.post("/store/customers", { email: other }, { headers: { ...headers.headers, authorization: `Bearer ${registered.token}` } }), "create the customer")
        const stranger = await attempt(api.get(`/store/customers/me/orders/${order.id}/parcels`, await customerLogin(other)))
        expect(stranger.status).toBe(404)
      })
    })
  },
})
